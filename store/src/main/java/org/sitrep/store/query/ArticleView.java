package org.sitrep.store.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sitrep.model.Extraction;

/**
 * A stored article with its extraction and its place in the ledger.
 *
 * @param copyOf the article it is a wire copy of, or null
 * @param copies articles that are wire copies of it
 * @param ledgerEvents for each of its events that entered the ledger, the ledger event id
 */
public record ArticleView(
    String id,
    String ingestedAt,
    String copyOf,
    Double copySimilarity,
    List<String> copies,
    Map<String, String> ledgerEvents,
    Extraction extraction) {
  public ArticleView {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(extraction, "extraction");
    copies = List.copyOf(copies);
    ledgerEvents = Map.copyOf(ledgerEvents);
  }
}
