package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.ledger.event.Disagreement;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.ledger.event.SourcedValue;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.EventRow;

/** Reports of one event become one ledger event; queries filter and order them, on both engines. */
class EventLedgerTest {
  @TempDir Path dir;

  private static EventFilter filter(
      String actor, String place, String type, String from, String to, int minSources) {
    return new EventFilter(
        actor,
        place,
        type,
        from == null ? null : LocalDate.parse(from),
        to == null ? null : LocalDate.parse(to),
        minSources,
        100);
  }

  /** Each ledger event by the article that reported it first. */
  private static List<String> firstReports(List<EventRow> events) {
    return events.stream().map(e -> e.reports().get(0).articleId()).toList();
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_reports_of_one_death_are_one_event_with_two_sources_and_their_disagreement_on_actors(
      Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "events_death")) {
      ConflictCorpus.ingest(ledger);

      List<EventRow> death =
          ledger.queries().events(filter("Abdul Hasib", null, null, null, null, 0));

      assertThat(death)
          .singleElement()
          .satisfies(
              row -> {
                MergedEvent merged = row.merged();
                assertThat(merged.sources()).isEqualTo(2);
                assertThat(merged.independentSources()).isEqualTo(2);
                assertThat(merged.dateStart()).isEqualTo(LocalDate.parse("2016-07-11"));
                assertThat(row.reports())
                    .extracting(EventRow.Report::articleId)
                    .containsExactly("dr-1", "dr-2");
                assertThat(row.reports().get(1).matchRule()).contains("same victim");
                assertThat(merged.disagreements())
                    .filteredOn(d -> d.field().equals("actors"))
                    .singleElement()
                    .extracting(Disagreement::values)
                    .satisfies(
                        values ->
                            assertThat(values)
                                .extracting(SourcedValue::articleId)
                                .containsExactly("dr-1", "dr-2"));
              });
      assertThat(TestLedgers.count(ledger, "SELECT COUNT(*) FROM event_report")).isEqualTo(7);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_airstrikes_by_one_force_in_one_district_on_different_days_are_two_events(Engine engine)
      throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "events_strikes")) {
      ConflictCorpus.ingest(ledger);

      List<EventRow> strikes =
          ledger.queries().events(filter("US forces", "Achin", "ASSAULT", null, null, 0));

      assertThat(firstReports(strikes)).containsExactly("dr-1", "dr-3");
      assertThat(ledger.queries().events(EventFilter.all(100))).hasSize(6);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void events_filter_by_actor_place_type_dates_and_sources(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "events_filters")) {
      ConflictCorpus.ingest(ledger);
      var queries = ledger.queries();

      assertThat(firstReports(queries.events(EventFilter.all(100))))
          .as("every event, by date, undated last")
          .containsExactly("dr-1", "pw-1", "dr-3", "ks-1", "kb-1", "hm-1");
      assertThat(firstReports(queries.events(filter("Daesh", null, null, null, null, 0))))
          .as("by an alias of a catalog actor")
          .containsExactly("ks-1");
      assertThat(firstReports(queries.events(filter("Abdul Haseeb", null, null, null, null, 0))))
          .as("by either spelling of a person")
          .containsExactly("dr-1");
      assertThat(firstReports(queries.events(filter(null, "Nangarhar", null, null, null, 0))))
          .as("by province")
          .containsExactly("dr-1", "dr-3");
      assertThat(firstReports(queries.events(filter(null, "Afghanistan", null, null, null, 0))))
          .as("by country name")
          .containsExactly("dr-1", "dr-3", "ks-1", "kb-1", "hm-1");
      assertThat(firstReports(queries.events(filter(null, "Pakistan", null, null, null, 0))))
          .containsExactly("pw-1");
      assertThat(firstReports(queries.events(filter(null, null, "protest", null, null, 0))))
          .as("by type, in any case")
          .containsExactly("kb-1");
      assertThat(
              firstReports(queries.events(filter(null, null, null, "2016-07-15", "2016-08-31", 0))))
          .as("from and to")
          .containsExactly("pw-1", "dr-3", "ks-1");
      assertThat(firstReports(queries.events(filter(null, null, null, "2016-09-30", null, 0))))
          .as("a month-precise date reaches its last day")
          .containsExactly("kb-1");
      assertThat(firstReports(queries.events(filter(null, null, null, null, null, 2))))
          .as("at least two sources")
          .containsExactly("dr-1");
      assertThat(queries.events(filter("Nobody Known", null, null, null, null, 0))).isEmpty();
      assertThat(queries.events(new EventFilter(null, "Afghanistan", null, null, null, 0, 2)))
          .hasSize(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void timelines_run_in_date_order_with_undated_events_last(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "events_timeline")) {
      ConflictCorpus.ingest(ledger);

      var country = ledger.queries().timeline("Afghanistan", 100);
      var actor = ledger.queries().timeline("US forces", 100);

      assertThat(country.kind()).isEqualTo("place");
      assertThat(firstReports(country.events()))
          .containsExactly("dr-1", "dr-3", "ks-1", "kb-1", "hm-1");
      assertThat(actor.kind()).isEqualTo("actor");
      assertThat(actor.keys()).containsExactly("us-forces");
      assertThat(firstReports(actor.events())).containsExactly("dr-1", "dr-3");
    }
  }
}
