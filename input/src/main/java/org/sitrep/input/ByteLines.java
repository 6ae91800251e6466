package org.sitrep.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} without decoding, so that each line can be decoded
 * (and rejected) on its own. Not thread-safe: one per stream.
 */
final class ByteLines {
  /** One line, without its line break. */
  record Line(byte[] bytes, int length, long number, long offset, boolean truncated) {
    boolean isBlank() {
      for (int i = 0; i < length; i++) {
        byte b = bytes[i];
        if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private long consumed;
  private long lineNumber;

  ByteLines(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * The next line, or null at the end. A line longer than the maximum is returned truncated (its
   * remaining bytes are skipped) with {@code truncated} set.
   */
  Line next() throws IOException {
    byte[] line = new byte[256];
    int length = 0;
    boolean truncated = false;
    long offset = consumed;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      any = true;
      byte b = buffer[pos++];
      consumed++;
      if (b == '\n') {
        break;
      }
      if (length < maxLineBytes) {
        if (length == line.length) {
          line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
        }
        line[length++] = b;
      } else {
        truncated = true;
      }
    }
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    lineNumber++;
    return new Line(line, length, lineNumber, offset, truncated);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }
}
