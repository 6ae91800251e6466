package org.sitrep.eval.geo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;

/**
 * One article of a geoparsing gold set with its toponyms, sorted by offset.
 *
 * @param id the input's id, or {@code SET:LINE} when the set has none (GeoVirus)
 * @param title the headline, or null
 * @param text the text every toponym offset points into
 * @param published the publication date, or null when the set gives none
 * @param origin where it was read, {@code FILE:LINE}
 */
public record GoldArticle(
    String id,
    String title,
    String text,
    LocalDate published,
    String origin,
    List<GoldToponym> toponyms) {
  public GoldArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    toponyms =
        toponyms.stream()
            .sorted(Comparator.comparingInt(GoldToponym::start).thenComparingInt(GoldToponym::end))
            .toList();
    for (GoldToponym toponym : toponyms) {
      if (toponym.end() > text.length()
          || !text.substring(toponym.start(), toponym.end()).equals(toponym.text())) {
        throw new IllegalArgumentException(
            origin
                + ": toponym '"
                + toponym.text()
                + "' at ["
                + toponym.start()
                + ", "
                + toponym.end()
                + ") is not the article text there");
      }
    }
  }

  /**
   * The article sitrep reads: exactly {@code text} as its text (the gold offsets point into it),
   * the title as metadata only, and the publication date from the input's metadata.
   */
  public Article article() {
    return Article.fromMetadata(id, title, text, published, origin);
  }
}
