package org.sitrep.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read, before any NLP.
 *
 * @param id stable identifier: the input's own id, else one derived from where it was read
 * @param title headline, or null when the input has none
 * @param text the body; every offset in sitrep points into this string
 * @param published publication date, or null when unknown
 * @param publishedFrom where {@code published} came from
 * @param publishedEvidence the dateline that gave the date, when it came from the text
 * @param source publisher or wire, or null
 * @param url address, or null
 * @param origin where it was read: a path, with {@code :line} for JSONL
 * @param extra input fields sitrep does not interpret, kept as plain JSON-like values
 * @param warnings problems that did not stop reading (a bad {@code published} value, say)
 */
public record Article(
    String id,
    String title,
    String text,
    LocalDate published,
    DateSource publishedFrom,
    TextSpan publishedEvidence,
    String source,
    String url,
    String origin,
    Map<String, Object> extra,
    List<String> warnings) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    if ((published == null) != (publishedFrom == DateSource.UNKNOWN)) {
      throw new IllegalArgumentException(
          "published is " + published + " but publishedFrom is " + publishedFrom);
    }
    extra = Map.copyOf(extra);
    warnings = List.copyOf(warnings);
  }

  /**
   * An article given whole by a collection or a test: its publication date, when known, came with
   * it as metadata; no source, URL, extra fields or warnings.
   */
  public static Article fromMetadata(
      String id, String title, String text, LocalDate published, String origin) {
    return new Article(
        id,
        title,
        text,
        published,
        published == null ? DateSource.UNKNOWN : DateSource.METADATA,
        null,
        null,
        null,
        origin,
        Map.of(),
        List.of());
  }

  /** A copy with the publication date set. */
  public Article withPublished(LocalDate date, DateSource from, TextSpan evidence) {
    return new Article(id, title, text, date, from, evidence, source, url, origin, extra, warnings);
  }

  /** A copy with one more warning. */
  public Article withWarning(String warning) {
    List<String> more = new ArrayList<>(warnings);
    more.add(warning);
    return new Article(
        id,
        title,
        text,
        published,
        publishedFrom,
        publishedEvidence,
        source,
        url,
        origin,
        extra,
        more);
  }
}
