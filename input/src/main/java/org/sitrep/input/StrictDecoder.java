package org.sitrep.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.sitrep.model.RejectReason;
import org.sitrep.model.RejectedArticleException;

/**
 * Turns bytes into text without guessing: a byte-order mark picks UTF-8 or UTF-16, otherwise the
 * configured charset applies; any invalid byte rejects the record rather than being replaced.
 * Stateless and thread-safe.
 */
final class StrictDecoder {
  private final Charset charset;
  private final boolean byteOrderMarks;

  /** A decoder for whole files: a byte-order mark overrides {@code charset}. */
  StrictDecoder(Charset charset) {
    this(charset, true);
  }

  /**
   * A decoder that honours byte-order marks only when {@code byteOrderMarks}; JSONL lines are
   * always UTF-8, so stray FF FE bytes there are invalid, not a switch to UTF-16.
   */
  StrictDecoder(Charset charset, boolean byteOrderMarks) {
    this.charset = charset;
    this.byteOrderMarks = byteOrderMarks;
  }

  /**
   * Decodes {@code bytes[0, length)}; {@code base} is the byte offset of {@code bytes[0]} in the
   * file, for messages.
   */
  String decode(byte[] bytes, int length, long base) throws RejectedArticleException {
    int skip = 0;
    Charset use = charset;
    if (!byteOrderMarks) {
      use = charset;
    } else if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      skip = 3;
      use = StandardCharsets.UTF_8;
    } else if (startsWith(bytes, length, 0xFE, 0xFF)) {
      skip = 2;
      use = StandardCharsets.UTF_16BE;
    } else if (startsWith(bytes, length, 0xFF, 0xFE)) {
      skip = 2;
      use = StandardCharsets.UTF_16LE;
    }
    if (!use.name().startsWith("UTF-16") && !use.name().startsWith("UTF-32")) {
      rejectNul(bytes, length, base);
    }
    return decode(ByteBuffer.wrap(bytes, skip, length - skip), use, base);
  }

  private static String decode(ByteBuffer in, Charset use, long base)
      throws RejectedArticleException {
    CharsetDecoder decoder =
        use.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer out =
        CharBuffer.allocate((int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw undecodable(in, result, use, base);
    }
    out.flip();
    return out.toString();
  }

  private static RejectedArticleException undecodable(
      ByteBuffer in, CoderResult result, Charset use, long base) {
    int at = in.position();
    StringBuilder shown = new StringBuilder();
    for (int i = at; i < Math.min(in.limit(), at + Math.max(1, result.length())); i++) {
      shown.append(String.format(Locale.ROOT, "%s0x%02X", shown.isEmpty() ? "" : " ", in.get(i)));
    }
    return new RejectedArticleException(
        RejectReason.UNDECODABLE,
        "invalid "
            + use.name()
            + " at byte offset "
            + (base + at)
            + " ("
            + shown
            + "); re-encode the input as UTF-8 (for example: iconv -f WINDOWS-1252 -t UTF-8)");
  }

  private static void rejectNul(byte[] bytes, int length, long base)
      throws RejectedArticleException {
    for (int i = 0; i < length; i++) {
      if (bytes[i] == 0) {
        throw new RejectedArticleException(
            RejectReason.BINARY,
            "NUL byte at byte offset "
                + (base + i)
                + "; text has none, so this is not a text file");
      }
    }
  }

  private static boolean startsWith(byte[] bytes, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
