package org.sitrep.input;

import java.time.LocalDate;
import java.util.Optional;
import org.sitrep.input.dateline.Dateline;
import org.sitrep.input.dateline.DatelineParser;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.TextSpan;

/**
 * Anchors an article on its dateline: "KABUL, Afghanistan (Feb. 16)" is the day the story was
 * written, so "yesterday" in it is Feb. 15 even when the page's metadata says Feb. 17. Stateless
 * and thread-safe.
 *
 * <p>Design decision: a dateline replaces a metadata date only when it falls in the week before it
 * (or the day after, for time zones): a metadata date far from the dateline more likely means the
 * dateline was misread than that the page was posted weeks late. A date the user gave with {@code
 * --published} is never replaced.
 */
public final class DatelineAnchoring {
  private static final int DAYS_BEFORE = 7;
  private static final int DAYS_AFTER = 1;

  private final DatelineParser datelines = new DatelineParser();

  /** The article dated by its dateline when it has one consistent with its date, else as is. */
  public Article apply(Article article) {
    if (article.publishedFrom() == DateSource.DATELINE
        || article.publishedFrom() == DateSource.FLAG) {
      return article;
    }
    LocalDate published = article.published();
    Optional<Dateline> found = datelines.find(article.text(), article.title(), published);
    if (found.isEmpty()) {
      return article;
    }
    Dateline dateline = found.get();
    TextSpan evidence = TextSpan.of(article.text(), dateline.evidence());
    if (published == null) {
      return article.withPublished(dateline.date(), DateSource.DATELINE, evidence);
    }
    if (dateline.date().equals(published)) {
      return article.withPublished(published, DateSource.DATELINE, evidence);
    }
    if (dateline.date().isBefore(published.minusDays(DAYS_BEFORE))
        || dateline.date().isAfter(published.plusDays(DAYS_AFTER))) {
      return article;
    }
    return article
        .withPublished(dateline.date(), DateSource.DATELINE, evidence)
        .withWarning(
            "metadata date "
                + published
                + " differs from the dateline's "
                + dateline.date()
                + "; relative dates are read against the dateline");
  }
}
