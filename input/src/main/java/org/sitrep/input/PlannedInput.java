package org.sitrep.input;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One input the reader will read.
 *
 * @param origin how records from it are named: the path as given, or {@code stdin}
 * @param path the file, or null for standard input
 * @param format how it is read
 * @param problem why it cannot be read at all (missing, not listable), or null; such an input
 *     yields one {@code UNREADABLE} record
 */
public record PlannedInput(String origin, Path path, InputFormat format, String problem) {
  public PlannedInput {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(format, "format");
    if ((path == null) != (format == InputFormat.STDIN)) {
      throw new IllegalArgumentException(
          "path must be null exactly for stdin, got path " + path + " for format " + format);
    }
  }

  /** The article id a file gives: its name without the extension. */
  public String baseId() {
    if (path == null) {
      return "stdin";
    }
    String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The file name as written in JSONL record ids ({@code news.jsonl:12}). */
  public String fileName() {
    if (path == null) {
      return "stdin";
    }
    return path.getFileName() == null ? path.toString() : path.getFileName().toString();
  }
}
