package org.sitrep.input;

/** Decides the format of an input from its first bytes. Stateless. */
final class Sniffer {
  private Sniffer() {}

  /**
   * JSONL when the first char after a byte-order mark and white space is {, HTML when it is <, else
   * plain text.
   */
  static InputFormat sniff(byte[] head, int length) {
    int i = 0;
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB) {
      i = 3;
    }
    while (i < length && isBlank(head[i])) {
      i++;
    }
    if (i >= length) {
      return InputFormat.TEXT;
    }
    return switch (head[i]) {
      case '{' -> InputFormat.JSONL;
      case '<' -> InputFormat.HTML;
      default -> InputFormat.TEXT;
    };
  }

  private static boolean isBlank(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
  }
}
