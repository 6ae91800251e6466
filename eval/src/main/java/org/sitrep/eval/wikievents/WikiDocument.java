package org.sitrep.eval.wikievents;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.TextSpan;

/**
 * One WikiEvents document as sitrep reads it, with its gold events.
 *
 * @param text the document's sentences joined by a blank line; every gold offset points into it
 * @param sentences the sentences in {@code text}, in order
 * @param events the gold event mentions, in file order
 * @param origin where it was read, {@code FILE:LINE}
 */
public record WikiDocument(
    String id, String text, List<TextSpan> sentences, List<GoldEvent> events, String origin) {
  public WikiDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(origin, "origin");
    sentences = List.copyOf(sentences);
    events = List.copyOf(events);
    for (GoldEvent event : events) {
      check(event.trigger(), "trigger of " + event.id(), text, origin);
      for (GoldArgument argument : event.arguments()) {
        check(argument.mention(), argument.role() + " of " + event.id(), text, origin);
        argument
            .coreferent()
            .forEach(m -> check(m, argument.role() + " of " + event.id(), text, origin));
      }
    }
  }

  /**
   * The article a system reads: exactly {@code text}, with no title and no publication date (the
   * set gives none).
   */
  public Article article() {
    return new Article(
        id, null, text, null, DateSource.UNKNOWN, null, null, null, origin, Map.of(), List.of());
  }

  private static void check(TextSpan span, String what, String text, String origin) {
    if (span.end() > text.length() || !span.span().slice(text).equals(span.text())) {
      throw new IllegalArgumentException(
          origin
              + ": "
              + what
              + " '"
              + span.text()
              + "' at ["
              + span.start()
              + ", "
              + span.end()
              + ") is not the document text there");
    }
  }
}
