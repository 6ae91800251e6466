package org.sitrep.ledger;

import java.time.LocalDate;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * One article's report of an event, as the ledger keeps it. The event's arguments carry ledger
 * actor ids in {@code actorId} (resolved across articles before matching).
 *
 * @param articleId the reporting article
 * @param source the outlet or source name of the article, or null
 * @param published when the article was published, or null when unknown
 * @param copyOf the article this one is a wire copy or near-duplicate of, or null: copies are
 *     sources but not independent ones
 * @param event the article's own reading of the event, with its own values and evidence
 */
public record SourceEvent(
    String articleId, String source, LocalDate published, String copyOf, Event event) {
  public SourceEvent {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(event, "event");
  }

  /** The article that counts as this report's independent origin. */
  public String origin() {
    return copyOf == null ? articleId : copyOf;
  }
}
