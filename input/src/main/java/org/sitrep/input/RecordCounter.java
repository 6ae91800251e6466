package org.sitrep.input;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Counts the records of a file without parsing them, for progress reports. Stateless. */
final class RecordCounter {
  private static final int HEAD = 8192;

  private RecordCounter() {}

  /**
   * The records {@code file} will yield: its non-blank lines when it is JSONL (at least 1), else 1.
   * With {@code sniff}, the first bytes decide whether it is JSONL.
   */
  static long count(Path file, boolean sniff) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      in.mark(HEAD);
      byte[] head = in.readNBytes(HEAD);
      in.reset();
      if (sniff && Sniffer.sniff(head, head.length) != InputFormat.JSONL) {
        return 1;
      }
      for (byte b : head) {
        if (b == 0) {
          return 1; // rejected as one binary record
        }
      }
      long lines = 0;
      boolean blank = true;
      byte[] chunk = new byte[1 << 16];
      for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
        for (int i = 0; i < n; i++) {
          byte b = chunk[i];
          if (b == '\n') {
            lines += blank ? 0 : 1;
            blank = true;
          } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
            blank = false;
          }
        }
      }
      lines += blank ? 0 : 1;
      return Math.max(1, lines);
    }
  }
}
