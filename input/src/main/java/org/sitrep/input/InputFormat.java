package org.sitrep.input;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How an input is read. */
public enum InputFormat {
  /** Plain text, one article; an optional title line. */
  TEXT,
  /** A web page, one article. */
  HTML,
  /** One JSON object per line, one article per line. */
  JSONL,
  /** A named file with another extension: its first non-blank char decides ({, <, else text). */
  SNIFFED,
  /** Standard input: JSONL when it starts with {, else plain text. */
  STDIN;

  /** The format a file's extension names ({@code .txt .html .htm .jsonl}), if any. */
  public static Optional<InputFormat> byExtension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (lower.endsWith(".jsonl")) {
      return Optional.of(JSONL);
    }
    return Optional.empty();
  }
}
