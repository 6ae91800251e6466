package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.model.Extraction;
import org.sitrep.model.RejectReason;
import org.sitrep.model.Rejection;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.ingest.IngestOutcome.Status;
import org.sitrep.store.query.EventFilter;

/** A record that could not be read is kept once with its reason, and never enters the ledger. */
class RejectedInputTest {
  @TempDir Path dir;

  private static final Extraction NOT_ENGLISH =
      Extraction.rejected(
          Fixtures.article("feed-12", "2016-05-01", "Ce texte n'est pas en anglais."),
          new Rejection(RejectReason.NOT_ENGLISH, "language detected: fr"));

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_rejected_record_is_stored_once_counted_and_kept_out_of_the_ledger(Engine engine)
      throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "rejected")) {
      IngestOutcome outcome = ledger.ingest(NOT_ENGLISH);

      assertThat(outcome.status()).isEqualTo(Status.REJECTED);
      assertThat(outcome.articleId()).isEqualTo("feed-12");
      assertThat(outcome.detail()).isEqualTo("not_english");
      assertThat(
              TestLedgers.count(
                  ledger,
                  "SELECT COUNT(*) FROM article WHERE rejected_reason = ? AND rejected_detail = ?",
                  "not_english",
                  "language detected: fr"))
          .isEqualTo(1);
      Map<String, Long> counts = TestLedgers.counts(ledger);
      assertThat(counts).containsEntry("article", 1L);
      counts.forEach(
          (table, rows) -> {
            if (!table.equals("article") && !table.equals("schema_version")) {
              assertThat(rows).as(table).isZero();
            }
          });
      assertThat(ledger.queries().events(EventFilter.all(10))).isEmpty();
      assertThat(ledger.articles().article("feed-12"))
          .hasValueSatisfying(
              view -> assertThat(view.extraction().rejected()).isEqualTo(NOT_ENGLISH.rejected()));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_rejected_record_ingested_again_is_a_duplicate(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "rejected_again")) {
      ledger.ingest(NOT_ENGLISH);
      Map<String, Long> before = TestLedgers.counts(ledger);

      IngestOutcome again = ledger.ingest(NOT_ENGLISH);

      assertThat(again.status()).isEqualTo(Status.DUPLICATE);
      assertThat(again.articleId()).isEqualTo("feed-12");
      assertThat(again.detail()).contains("rejected");
      assertThat(TestLedgers.counts(ledger)).isEqualTo(before);
    }
  }
}
