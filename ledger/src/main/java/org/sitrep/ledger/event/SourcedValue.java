package org.sitrep.ledger.event;

import java.util.Objects;

/**
 * What one source says for one field of a ledger event.
 *
 * @param articleId the reporting article
 * @param eventId the event's id within that article
 * @param value the value in display form ("2016-07", "Kunar", "1..1", "United States")
 * @param text the evidence text the value was read from, or null when the source is silent
 */
public record SourcedValue(String articleId, String eventId, String value, String text) {
  public SourcedValue {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(value, "value");
  }
}
