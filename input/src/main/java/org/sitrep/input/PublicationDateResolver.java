package org.sitrep.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sitrep.input.dateline.MetadataDateParser;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;

/**
 * Gives an article its publication date, trying in order: the record's own metadata, the {@code
 * --published} flag, a dateline in the text; else the date stays unknown. Never today's date. A
 * dateline in the week before a metadata date replaces it (see {@link DatelineAnchoring}).
 * Stateless and thread-safe.
 */
final class PublicationDateResolver {
  private final MetadataDateParser metadata = new MetadataDateParser();
  private final DatelineAnchoring datelines = new DatelineAnchoring();
  private final LocalDate flag;

  PublicationDateResolver(LocalDate flag) {
    this.flag = flag;
  }

  /**
   * Dates {@code article} (which has none yet). {@code values} are the raw metadata values in order
   * of trust; the first that parses wins. When some are given and none parses, a warning names the
   * first.
   */
  Article resolve(Article article, List<String> values) {
    Article dated = article;
    for (String value : values) {
      Optional<LocalDate> date = metadata.parse(value);
      if (date.isPresent()) {
        return datelines.apply(dated.withPublished(date.get(), DateSource.METADATA, null));
      }
    }
    if (!values.isEmpty()) {
      dated =
          dated.withWarning(
              "published \""
                  + values.get(0)
                  + "\" is not a date ("
                  + MetadataDateParser.EXPECTED
                  + "); ignored");
    }
    if (flag != null) {
      return dated.withPublished(flag, DateSource.FLAG, null);
    }
    return datelines.apply(dated);
  }
}
