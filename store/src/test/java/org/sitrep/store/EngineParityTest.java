package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.query.EventFilter;

/** One input gives the same ledger on SQLite and PostgreSQL: same outcomes, rows and answers. */
class EngineParityTest {
  @TempDir Path dir;

  @Test
  void both_engines_answer_every_query_identically_for_the_same_input() throws SQLException {
    try (Ledger sqlite = TestLedgers.fresh(Engine.SQLITE, dir, "parity");
        Ledger postgres = TestLedgers.fresh(Engine.POSTGRESQL, dir, "parity")) {
      assertThat(ingest(postgres)).isEqualTo(ingest(sqlite));

      assertThat(TestLedgers.counts(postgres)).isEqualTo(TestLedgers.counts(sqlite));
      assertThat(postgres.queries().events(EventFilter.all(100)))
          .isEqualTo(sqlite.queries().events(EventFilter.all(100)));
      for (String subject : List.of("Afghanistan", "Nangarhar", "US forces", "Abdul Hasib")) {
        assertThat(postgres.queries().timeline(subject, 100))
            .as(subject)
            .isEqualTo(sqlite.queries().timeline(subject, 100));
        assertThat(postgres.actors().profiles(subject))
            .as(subject)
            .isEqualTo(sqlite.actors().profiles(subject));
      }
      assertThat(postgres.claims().contradictions(true))
          .isEqualTo(sqlite.claims().contradictions(true));
      assertThat(postgres.claims().claims("Islamic State"))
          .isEqualTo(sqlite.claims().claims("Islamic State"));
      assertThat(postgres.articles().article("dr-2").orElseThrow().extraction())
          .isEqualTo(sqlite.articles().article("dr-2").orElseThrow().extraction());
    }
  }

  private static List<IngestOutcome> ingest(Ledger ledger) throws SQLException {
    List<IngestOutcome> outcomes = new ArrayList<>();
    for (var extraction : ConflictCorpus.extractions()) {
      outcomes.add(ledger.ingest(extraction));
    }
    outcomes.add(
        ledger.ingest(
            IngestIdempotenceTest.bombReport(
                Fixtures.article("wire-1", "2016-07-12", Texts.BOMB))));
    outcomes.add(
        ledger.ingest(
            IngestIdempotenceTest.bombReport(
                Fixtures.article("daily-9", "2016-07-13", Texts.BOMB_REWRITE))));
    outcomes.add(
        ledger.ingest(
            IngestIdempotenceTest.bombReport(
                Fixtures.article("corrected-1", "2016-07-12", Texts.BOMB_RETYPED))));
    return outcomes;
  }
}
