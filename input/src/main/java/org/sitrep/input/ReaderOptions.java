package org.sitrep.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How {@link ArticleReader} reads its inputs.
 *
 * @param defaultPublished the {@code --published} date for inputs that carry none, or null
 * @param maxChars the longest article text accepted, in chars; longer records are rejected
 * @param charset the encoding of .txt and .html files without a byte-order mark (JSONL is always
 *     UTF-8, as RFC 8259 requires)
 */
public record ReaderOptions(LocalDate defaultPublished, int maxChars, Charset charset) {
  /** The default for {@link #maxChars}. */
  public static final int DEFAULT_MAX_CHARS = 200_000;

  public ReaderOptions {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be at least 1, got " + maxChars);
    }
    Objects.requireNonNull(charset, "charset");
  }

  /** No default date, {@value #DEFAULT_MAX_CHARS} chars at most, UTF-8. */
  public static ReaderOptions defaults() {
    return new ReaderOptions(null, DEFAULT_MAX_CHARS, StandardCharsets.UTF_8);
  }

  /** A copy with {@link #defaultPublished} set. */
  public ReaderOptions withDefaultPublished(LocalDate date) {
    return new ReaderOptions(date, maxChars, charset);
  }

  /** A copy with {@link #maxChars} set. */
  public ReaderOptions withMaxChars(int chars) {
    return new ReaderOptions(defaultPublished, chars, charset);
  }
}
