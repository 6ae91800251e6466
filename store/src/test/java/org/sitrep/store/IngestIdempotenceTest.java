package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.Fixtures.article;
import static org.sitrep.store.Fixtures.catalogGroup;
import static org.sitrep.store.Fixtures.district;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.extraction;
import static org.sitrep.store.Fixtures.killed;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.store.ingest.IngestOutcome.Status;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.EventRow;

/** Ingesting what the ledger already holds changes nothing, on both engines. */
class IngestIdempotenceTest {
  @TempDir Path dir;

  /** The bomb report as an article with one event: Taliban, Spin Boldak, 2016-07-11, 4 killed. */
  static Extraction bombReport(Article article) {
    Entity taliban = catalogGroup("g1", "Taliban", "taliban", article);
    return extraction(
        article,
        List.of(taliban),
        List.of(
            event("ev1", EventType.ASSAULT, article, "roadside bomb struck")
                .by(taliban)
                .on("2016-07-11")
                .at(district(article, "Spin Boldak", "Kandahar", "AF"))
                .fatalities(killed(article, 4, "four officers"))
                .build()));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_same_extraction_twice_is_a_duplicate_and_changes_no_row(Engine engine)
      throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "idem_same")) {
      Extraction report = bombReport(article("wire-1", "2016-07-12", Texts.BOMB));
      assertThat(ledger.ingest(report).status()).isEqualTo(Status.ADDED);
      Map<String, Long> before = TestLedgers.counts(ledger);

      var again = ledger.ingest(report);

      assertThat(again.status()).isEqualTo(Status.DUPLICATE);
      assertThat(again.articleId()).isEqualTo("wire-1");
      assertThat(TestLedgers.counts(ledger)).isEqualTo(before);
      assertThat(before)
          .containsEntry("article", 1L)
          .containsEntry("ledger_event", 1L)
          .containsEntry("event_report", 1L);
      assertThat(TestLedgers.tables(ledger))
          .containsExactlyInAnyOrderElementsOf(TestLedgers.TABLES);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_same_url_under_another_id_is_a_duplicate(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "idem_url")) {
      ledger.ingest(bombReport(article("wire-1", "2016-07-12", Texts.BOMB)));
      Map<String, Long> before = TestLedgers.counts(ledger);
      Article sameUrl =
          article(
              "feed-7",
              "http://www.news.example/wire-1/?utm_source=feed",
              "Feed",
              "2016-07-12",
              "A different text under the same address, as a feed reader might store it.");

      var outcome = ledger.ingest(extraction(sameUrl, List.of(), List.of()));

      assertThat(outcome.status()).isEqualTo(Status.DUPLICATE);
      assertThat(outcome.articleId()).isEqualTo("wire-1");
      assertThat(outcome.detail()).contains("url");
      assertThat(without(TestLedgers.counts(ledger), "article_key"))
          .isEqualTo(without(before, "article_key"));
      assertThat(ledger.articles().article("feed-7"))
          .hasValueSatisfying(view -> assertThat(view.id()).isEqualTo("wire-1"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void the_same_text_under_another_id_and_url_is_a_duplicate(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "idem_text")) {
      ledger.ingest(bombReport(article("wire-1", "2016-07-12", Texts.BOMB)));
      Map<String, Long> before = TestLedgers.counts(ledger);
      // Case, spacing and punctuation do not make another text.
      String shouted = Texts.BOMB.toUpperCase(java.util.Locale.ROOT).replace(" - ", " -- ");

      var outcome =
          ledger.ingest(
              extraction(article("mirror-3", "2016-07-13", shouted), List.of(), List.of()));

      assertThat(outcome.status()).isEqualTo(Status.DUPLICATE);
      assertThat(outcome.articleId()).isEqualTo("wire-1");
      assertThat(outcome.detail()).isEqualTo("same text");
      assertThat(without(TestLedgers.counts(ledger), "article_key"))
          .isEqualTo(without(before, "article_key"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_long_text_with_one_word_changed_is_a_near_identical_duplicate(Engine engine)
      throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "idem_near")) {
      ledger.ingest(bombReport(article("wire-1", "2016-07-12", Texts.BOMB)));
      Map<String, Long> before = TestLedgers.counts(ledger);

      var outcome =
          ledger.ingest(bombReport(article("corrected-1", "2016-07-12", Texts.BOMB_RETYPED)));

      assertThat(outcome.status()).isEqualTo(Status.DUPLICATE);
      assertThat(outcome.articleId()).isEqualTo("wire-1");
      assertThat(outcome.detail()).startsWith("near-identical");
      assertThat(without(TestLedgers.counts(ledger), "article_key"))
          .isEqualTo(without(before, "article_key"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_rewritten_wire_copy_joins_the_event_without_adding_an_independent_source(Engine engine)
      throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "idem_copy")) {
      ledger.ingest(bombReport(article("wire-1", "2016-07-12", Texts.BOMB)));
      Article rewrite =
          article(
              "daily-9",
              "https://daily.example/bomb",
              "Example Daily",
              "2016-07-13",
              Texts.BOMB_REWRITE);

      var outcome = ledger.ingest(bombReport(rewrite));

      assertThat(outcome.status()).isEqualTo(Status.COPY);
      assertThat(outcome.articleId()).isEqualTo("daily-9");
      assertThat(outcome.detail()).startsWith("copy of wire-1");
      assertThat(outcome.joinedEvents()).isEqualTo(1);
      assertThat(ledger.articles().article("daily-9"))
          .hasValueSatisfying(view -> assertThat(view.copyOf()).isEqualTo("wire-1"));
      assertThat(ledger.articles().article("wire-1"))
          .hasValueSatisfying(view -> assertThat(view.copies()).containsExactly("daily-9"));
      List<EventRow> events = ledger.queries().events(EventFilter.all(10));
      assertThat(events).hasSize(1);
      assertThat(events.get(0).merged().sources()).isEqualTo(2);
      assertThat(events.get(0).merged().independentSources()).isEqualTo(1);
      assertThat(events.get(0).reports())
          .extracting(EventRow.Report::articleId)
          .containsExactly("wire-1", "daily-9");
      assertThat(TestLedgers.count(ledger, "SELECT independent_source_count FROM ledger_event"))
          .isEqualTo(1);
    }
  }

  private static Map<String, Long> without(Map<String, Long> counts, String table) {
    Map<String, Long> copy = new java.util.LinkedHashMap<>(counts);
    copy.remove(table);
    return copy;
  }
}
