package org.sitrep.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.input.html.HtmlArticle;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.InputRecord;
import org.sitrep.model.RejectReason;
import org.sitrep.model.RejectedArticleException;

/**
 * Reads a whole-file article: plain text or a web page. Stateless and thread-safe.
 *
 * <p>Design decision: a web page may be up to {@value #HTML_BYTES_PER_CHAR} bytes per allowed char
 * of text before it is rejected unread, because markup, scripts and styles often outweigh the text
 * ten to one; the extracted text is then held to {@code maxChars} like any other.
 */
final class DocumentReader {
  static final int HTML_BYTES_PER_CHAR = 50;
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

  private final ReaderParts parts;

  DocumentReader(ReaderParts parts) {
    this.parts = parts;
  }

  /** The most bytes a file of {@code format} may have; a larger one is rejected unread. */
  long maxBytes(InputFormat format) {
    long chars = parts.options().maxChars();
    if (format == InputFormat.HTML) {
      return chars * HTML_BYTES_PER_CHAR;
    }
    // No charset sitrep reads takes more than 4 bytes per char, plus a byte-order mark.
    return chars * 4 + 4;
  }

  /**
   * Reads at most {@link #maxBytes} bytes of {@code in}; rejects the input as too long when there
   * are more.
   */
  byte[] readBounded(InputStream in, InputFormat format)
      throws IOException, RejectedArticleException {
    long max = maxBytes(format);
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
    if (bytes.length > max) {
      throw new RejectedArticleException(
          RejectReason.TOO_LONG,
          "more than "
              + max
              + " bytes, so its text is over the limit of "
              + parts.options().maxChars()
              + " chars (maxChars)");
    }
    return bytes;
  }

  /** The record for the bytes of a whole .txt or .html input. */
  InputRecord read(byte[] bytes, PlannedInput input, InputFormat format) {
    try {
      return new InputRecord.Accepted(article(bytes, input, format));
    } catch (RejectedArticleException e) {
      return new InputRecord.Rejected(input.baseId(), input.origin(), e.rejection());
    }
  }

  private Article article(byte[] bytes, PlannedInput input, InputFormat format)
      throws RejectedArticleException {
    if (bytes.length == 0) {
      throw new RejectedArticleException(RejectReason.EMPTY, "0 bytes; nothing to read");
    }
    if (format == InputFormat.HTML) {
      return html(decodeHtml(bytes), input);
    }
    String content = parts.decoder().decode(bytes, bytes.length, 0);
    parts.screen().check(content);
    TitledText titled = TitledText.split(content);
    return parts
        .dates()
        .resolve(undated(input, titled.title(), titled.text(), null, null), List.of());
  }

  /**
   * Design decision: a page that is not valid in the configured charset is decoded, still strictly,
   * in the charset its own {@code <meta charset>} declares, since pages saved from the web often
   * are in windows-1252 and say so; without such a declaration it is rejected as undecodable.
   */
  private String decodeHtml(byte[] bytes) throws RejectedArticleException {
    try {
      return parts.decoder().decode(bytes, bytes.length, 0);
    } catch (RejectedArticleException e) {
      Optional<Charset> declared = declaredCharset(bytes);
      if (e.rejection().reason() != RejectReason.UNDECODABLE
          || declared.isEmpty()
          || declared.get().equals(parts.options().charset())) {
        throw e;
      }
      return new StrictDecoder(declared.get()).decode(bytes, bytes.length, 0);
    }
  }

  private static Optional<Charset> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalArgumentException unknown) {
      // An unknown or malformed name declares nothing sitrep can use.
      return Optional.empty();
    }
  }

  private Article html(String content, PlannedInput input) throws RejectedArticleException {
    if (content.isBlank()) {
      throw new RejectedArticleException(
          RejectReason.EMPTY, "only white space (" + content.length() + " chars); nothing to read");
    }
    HtmlArticle page = parts.html().extract(content);
    if (page.text().isBlank()) {
      throw new RejectedArticleException(
          RejectReason.NO_TEXT,
          "the page has no paragraph or body text once navigation, scripts and boxes are dropped");
    }
    parts.screen().check(page.text());
    return parts
        .dates()
        .resolve(
            undated(input, page.title(), page.text(), page.source(), page.url()),
            page.publishedValues());
  }

  private static Article undated(
      PlannedInput input, String title, String text, String source, String url) {
    return new Article(
        input.baseId(),
        title,
        text,
        null,
        DateSource.UNKNOWN,
        null,
        source,
        url,
        input.origin(),
        Map.of(),
        List.of());
  }
}
