package org.sitrep.store.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * What ingesting one record did.
 *
 * @param articleId the ledger's id for the article (for a duplicate: the article it duplicates)
 * @param status what happened
 * @param detail for a duplicate, which key matched or how similar the text is; for a copy, the
 *     article it copies; for a rejected record, the reason; else null
 * @param newEvents ledger events this article started
 * @param joinedEvents reports this article added to ledger events that other articles started
 * @param claims claims stored
 */
public record IngestOutcome(
    String articleId, Status status, String detail, int newEvents, int joinedEvents, int claims) {
  /** What happened to one record. */
  public enum Status {
    /** Stored; its events and claims are in the ledger. */
    ADDED,
    /** Stored as a wire copy or near-duplicate of an earlier article, and linked to it. */
    COPY,
    /** Already in the ledger (same id, URL or text, or nearly identical text): nothing changed. */
    DUPLICATE,
    /** The record could not be read; the reason is stored with it. */
    REJECTED;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public IngestOutcome {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(status, "status");
  }

  static IngestOutcome duplicate(String articleId, String detail) {
    return new IngestOutcome(articleId, Status.DUPLICATE, detail, 0, 0, 0);
  }
}
