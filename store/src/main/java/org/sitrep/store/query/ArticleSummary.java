package org.sitrep.store.query;

import java.util.Objects;

/**
 * One stored article in a listing: what it is and how much the ledger took from it, without its
 * extraction.
 *
 * @param copyOf the article it is a wire copy of, or null
 * @param rejectedReason why it was not read as an article (a {@code RejectReason} code), or null
 * @param events how many of its events entered the ledger
 */
public record ArticleSummary(
    String id,
    String title,
    String source,
    String published,
    String ingestedAt,
    String copyOf,
    String rejectedReason,
    int events) {
  public ArticleSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
  }
}
