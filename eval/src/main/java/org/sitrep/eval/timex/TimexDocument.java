package org.sitrep.eval.timex;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.sitrep.model.Article;

/**
 * One TempEval-3 document with its gold time expressions, sorted by offset.
 *
 * @param text the text every gold offset points into
 * @param published the document creation time, or null when the set gives none
 * @param origin where it was read, {@code FILE:LINE}
 */
public record TimexDocument(
    String id, String text, LocalDate published, String origin, List<GoldTimex> times) {
  public TimexDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    times =
        times.stream()
            .sorted(Comparator.comparingInt(GoldTimex::start).thenComparingInt(GoldTimex::end))
            .toList();
    for (GoldTimex timex : times) {
      if (timex.end() > text.length()
          || !text.substring(timex.start(), timex.end()).equals(timex.text())) {
        throw new IllegalArgumentException(
            origin
                + ": timex '"
                + timex.text()
                + "' at ["
                + timex.start()
                + ", "
                + timex.end()
                + ") is not the document text there");
      }
    }
  }

  /**
   * The article a system reads: exactly {@code text} (the gold offsets point into it) and the
   * document creation time as metadata, so relative expressions resolve against it.
   */
  public Article article() {
    return Article.fromMetadata(id, null, text, published, origin);
  }
}
