package org.sitrep.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventType;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Modality;

class EventMergerTest {
  private final EventMerger merger = new EventMerger();

  private static Report killingOfKhan(String article, String published) {
    return Report.of(article, published).victim("Hafiz Saeed Khan", "hafiz-saeed-khan");
  }

  @Test
  void merges_the_same_death_reported_a_year_apart_and_shows_who_each_says_struck() {
    SourceEvent first =
        killingOfKhan("A", "2016-08-14")
            .actor("United States", "us")
            .on("2016-07")
            .killed(1, 1L, "killed")
            .build();
    SourceEvent later =
        killingOfKhan("B", "2017-08-12")
            .actor("Afghan forces", "afghan-forces")
            .on("2016-07")
            .build();

    MergedEvent merged = merger.merge(List.of(later, first));

    assertThat(merged.type()).isEqualTo(EventType.ASSAULT);
    assertThat(merged.date().value()).isEqualTo("2016-07");
    assertThat(merged.date().precision()).isEqualTo(DatePrecision.MONTH);
    assertThat(merged.dateStart()).isEqualTo(LocalDate.of(2016, 7, 1));
    assertThat(merged.dateEnd()).isEqualTo(LocalDate.of(2016, 7, 31));
    assertThat(merged.fatalities()).isEqualTo(new Interval(1, 1L));
    assertThat(merged.sources()).isEqualTo(2);
    assertThat(merged.independentSources()).isEqualTo(2);
    assertThat(merged.firstReported()).isEqualTo(LocalDate.of(2016, 8, 14));
    assertThat(merged.lastReported()).isEqualTo(LocalDate.of(2017, 8, 12));
    assertThat(merged.disagreements()).extracting(Disagreement::field).containsExactly("actors");
    assertThat(merged.disagreements().get(0).values())
        .extracting(SourcedValue::articleId, SourcedValue::value, SourcedValue::text)
        .containsExactly(
            tuple("A", "United States", "United States"),
            tuple("B", "Afghan forces", "Afghan forces"));
    assertThat(merged.participants())
        .extracting(Participant::actorId, Participant::role, Participant::sources)
        .containsExactly(
            tuple("us", "actor", 1),
            tuple("afghan-forces", "actor", 1),
            tuple("hafiz-saeed-khan", "victim", 2));
  }

  @Test
  void shows_different_tolls_as_a_fatalities_disagreement_over_their_hull() {
    SourceEvent first = bombing("A").killed(12, 12L, "12").build();
    SourceEvent second = bombing("B").killed(15, null, "at least 15").build();

    MergedEvent merged = merger.merge(List.of(first, second));

    assertThat(merged.fatalities()).isEqualTo(new Interval(12, null));
    assertThat(merged.disagreements())
        .extracting(Disagreement::field)
        .containsExactly("fatalities");
    assertThat(merged.disagreements().get(0).values())
        .extracting(SourcedValue::value, SourcedValue::text)
        .containsExactly(tuple("12..12", "12"), tuple("15..", "at least 15"));
  }

  @Test
  void narrows_overlapping_tolls_to_their_common_interval() {
    SourceEvent atLeast = bombing("A").killed(10, null, "at least 10").build();
    SourceEvent range = bombing("B").killed(8, 14L, "8 to 14").build();

    MergedEvent merged = merger.merge(List.of(atLeast, range));

    assertThat(merged.fatalities()).isEqualTo(new Interval(10, 14L));
    assertThat(merged.disagreements()).isEmpty();
  }

  @Test
  void counts_a_wire_copy_once_among_independent_sources() {
    SourceEvent wire = bombing("A").build();
    SourceEvent copy = bombing("B").copyOf("A").build();
    SourceEvent own = bombing("C").build();

    MergedEvent merged = merger.merge(List.of(wire, copy, own));

    assertThat(merged.sources()).isEqualTo(3);
    assertThat(merged.independentSources()).isEqualTo(2);
  }

  @Test
  void merges_a_day_precise_and_a_month_precise_date_to_the_day() {
    SourceEvent month = killingOfKhan("A", "2016-08-14").on("2016-07").build();
    SourceEvent day = killingOfKhan("B", "2016-08-20").on("2016-07-26").build();

    MergedEvent merged = merger.merge(List.of(month, day));

    assertThat(merged.date().value()).isEqualTo("2016-07-26");
    assertThat(merged.date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(merged.date().start()).isNull();
    assertThat(merged.date().text()).isNull();
    assertThat(merged.dateStart()).isEqualTo(LocalDate.of(2016, 7, 26));
    assertThat(merged.dateEnd()).isEqualTo(LocalDate.of(2016, 7, 26));
    assertThat(merged.disagreements()).isEmpty();
  }

  @Test
  void shows_disjoint_dates_and_keeps_the_one_most_sources_give() {
    SourceEvent early = bombing("A").on("2019-03-02").build();
    SourceEvent most = bombing("B").build();
    SourceEvent alsoMost = bombing("C").build();

    MergedEvent merged = merger.merge(List.of(early, most, alsoMost));

    assertThat(merged.date().value()).isEqualTo("2019-03-01");
    assertThat(merged.disagreements()).extracting(Disagreement::field).containsExactly("date");
    assertThat(merged.disagreements().get(0).values())
        .extracting(SourcedValue::value)
        .containsExactly("2019-03-02", "2019-03-01", "2019-03-01");
  }

  @Test
  void leaves_the_date_unknown_when_no_source_dates_the_event() {
    MergedEvent merged = merger.merge(List.of(killingOfKhan("A", "2016-08-14").build()));

    assertThat(merged.date().precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(merged.dateStart()).isNull();
    assertThat(merged.dateEnd()).isNull();
  }

  @Test
  void keeps_the_most_precise_location_consistent_with_the_others() {
    SourceEvent province =
        killingOfKhan("A", "2016-08-14")
            .in("Nangarhar", "AF", "Nangarhar", null, LocationPrecision.ADMIN1)
            .build();
    SourceEvent district =
        killingOfKhan("B", "2016-08-15")
            .in("Achin", "AF", "Nangarhar", "Achin", LocationPrecision.ADMIN2)
            .build();

    MergedEvent merged = merger.merge(List.of(province, district));

    assertThat(merged.location().name()).isEqualTo("Achin");
    assertThat(merged.disagreements()).isEmpty();
  }

  @Test
  void shows_locations_in_different_provinces_as_a_disagreement() {
    SourceEvent nangarhar =
        killingOfKhan("A", "2016-08-14")
            .in("Nangarhar", "AF", "Nangarhar", null, LocationPrecision.ADMIN1)
            .build();
    SourceEvent kunar =
        killingOfKhan("B", "2016-08-15")
            .in("Kunar", "AF", "Kunar", null, LocationPrecision.ADMIN1)
            .build();

    MergedEvent merged = merger.merge(List.of(kunar, nangarhar));

    assertThat(merged.location().name()).isEqualTo("Nangarhar");
    assertThat(merged.disagreements()).extracting(Disagreement::field).containsExactly("location");
    assertThat(merged.disagreements().get(0).values())
        .extracting(SourcedValue::value)
        .containsExactly("Nangarhar, AF", "Kunar, AF");
  }

  @Test
  void takes_the_strongest_modality_and_the_most_frequent_mode() {
    SourceEvent reported = bombing("A").modality(Modality.REPORTED).build();
    SourceEvent asserted = bombing("B").airstrike().build();
    SourceEvent denied = bombing("C").airstrike().modality(Modality.DENIED).build();

    MergedEvent merged = merger.merge(List.of(reported, asserted, denied));

    assertThat(merged.modality()).isEqualTo(Modality.ASSERTED);
    assertThat(merged.mode()).isEqualTo("aerial");
    assertThat(merged.acled().subEventType()).isEqualTo("Air/drone strike");
  }

  @Test
  void does_not_call_it_a_disagreement_when_one_source_names_no_perpetrator() {
    SourceEvent named = killingOfKhan("A", "2016-08-14").actor("United States", "us").build();
    SourceEvent silent = killingOfKhan("B", "2016-08-15").build();
    SourceEvent alsoNamed =
        killingOfKhan("C", "2016-08-16")
            .actor("United States", "us")
            .actor("Afghan forces", "afghan-forces")
            .build();

    MergedEvent merged = merger.merge(List.of(named, silent, alsoNamed));

    assertThat(merged.disagreements()).isEmpty();
    assertThat(merged.participants())
        .extracting(Participant::name, Participant::sources)
        .contains(tuple("United States", 2), tuple("Hafiz Saeed Khan", 3));
  }

  private static Report bombing(String article) {
    return Report.of(article, "2019-03-02")
        .actor("suicide bomber", null)
        .victim("civilians", null)
        .on("2019-03-01")
        .in("Jalalabad", "AF", "Nangarhar", "Jalalabad", LocationPrecision.POINT);
  }
}
