package org.sitrep.ledger.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.EventType;
import org.sitrep.model.LocationPrecision;

class EventMatcherTest {
  /** The people among the fixtures' participants: only a shared person identifies an event. */
  private static final java.util.Set<String> PEOPLE =
      java.util.Set.of("hafiz-saeed-khan", "name:abdul wali noori");

  private final EventMatcher matcher = new EventMatcher(PEOPLE::contains);

  private static Report killingOfKhan(String article, String published) {
    return Report.of(article, published).victim("Hafiz Saeed Khan", "hafiz-saeed-khan");
  }

  @Test
  void joins_the_same_death_reported_a_year_later_with_another_perpetrator() {
    SourceEvent first =
        killingOfKhan("A", "2016-08-14").actor("United States", "us").on("2016-07").build();
    SourceEvent later =
        killingOfKhan("B", "2017-08-12")
            .actor("Afghan forces", "afghan-forces")
            .on("2016-07")
            .build();

    EventMatch match = matcher.match(later, List.of(first));

    assertThat(match.same()).isTrue();
    assertThat(match.score()).isGreaterThan(0.5).isLessThanOrEqualTo(1);
    assertThat(match.rule())
        .contains("same victim hafiz-saeed-khan")
        .contains("dates overlap (2016-07 / 2016-07)")
        .contains("same type ASSAULT")
        .contains("different actors (afghan-forces / us)");
  }

  @Test
  void keeps_apart_two_airstrikes_by_one_country_in_one_province_a_month_apart() {
    SourceEvent april = airstrikeInNangarhar("A", "2017-04-10").on("2017-04-09").build();
    SourceEvent may = airstrikeInNangarhar("B", "2017-05-12").on("2017-05-11").build();

    EventMatch match = matcher.match(may, List.of(april));

    assertThat(match.same()).isFalse();
    assertThat(match.rule()).contains("dates disjoint (2017-05-11 / 2017-04-09)");
  }

  @Test
  void does_not_join_on_a_shared_country_perpetrator_alone_even_in_the_same_month() {
    SourceEvent one = airstrikeInNangarhar("A", "2017-04-30").on("2017-04").build();
    SourceEvent other = airstrikeInNangarhar("B", "2017-05-02").on("2017-04").build();

    EventMatch match = matcher.match(other, List.of(one));

    assertThat(match.same()).isFalse();
    assertThat(match.score()).isLessThan(0.5);
    assertThat(match.rule()).contains("same actor us").contains("not enough");
  }

  @Test
  void joins_two_reports_of_one_bombing_in_one_city_on_one_day_despite_different_tolls() {
    SourceEvent first = bombingInJalalabad("A").killed(12, 12L, "12").build();
    SourceEvent second = bombingInJalalabad("B").killed(15, null, "at least 15").build();

    EventMatch match = matcher.match(second, List.of(first));

    assertThat(match.same()).isTrue();
    assertThat(match.rule())
        .contains("same place (Jalalabad, Nangarhar, AF / Jalalabad, Nangarhar, AF)")
        .contains("fatalities disagree (15.. / 12..12)");
  }

  @Test
  void allows_one_day_of_slack_between_day_precise_dates_but_not_two() {
    SourceEvent night = bombingInJalalabad("A").build();
    SourceEvent nextDay = bombingInJalalabad("B").on("2019-03-02").build();
    SourceEvent twoDaysLater = bombingInJalalabad("C").on("2019-03-03").build();

    assertThat(matcher.match(nextDay, List.of(night)).same()).isTrue();
    assertThat(matcher.match(twoDaysLater, List.of(night)).same()).isFalse();
  }

  @Test
  void never_joins_a_report_to_a_ledger_event_holding_a_report_of_the_same_article() {
    SourceEvent first = killingOfKhan("A", "2016-08-14").on("2016-07").build();
    SourceEvent second = killingOfKhan("A", "2016-08-14").id("V2").on("2016-07").build();

    EventMatch match = matcher.match(second, List.of(first));

    assertThat(match.same()).isFalse();
    assertThat(match.score()).isZero();
    assertThat(match.rule()).contains("same article A already reports V1");
  }

  @Test
  void never_joins_across_countries() {
    SourceEvent inAfghanistan =
        killingOfKhan("A", "2016-08-14")
            .on("2016-07")
            .in("Nangarhar", "AF", "Nangarhar", null, LocationPrecision.ADMIN1)
            .build();
    SourceEvent inPakistan =
        killingOfKhan("B", "2016-08-15")
            .on("2016-07")
            .in("Khyber", "PK", "Khyber Pakhtunkhwa", "Khyber", LocationPrecision.ADMIN2)
            .build();

    EventMatch match = matcher.match(inPakistan, List.of(inAfghanistan));

    assertThat(match.same()).isFalse();
    assertThat(match.rule()).isEqualTo("different countries PK / AF");
  }

  @Test
  void never_joins_a_different_event_type() {
    SourceEvent killing = killingOfKhan("A", "2016-08-14").on("2016-07").build();
    SourceEvent threat =
        killingOfKhan("B", "2016-07-02").type(EventType.THREATEN).on("2016-07").build();

    assertThat(matcher.match(threat, List.of(killing)).rule())
        .isEqualTo("different types THREATEN / ASSAULT");
  }

  @Test
  void joins_an_undated_report_of_a_named_victim_published_after_the_event_but_not_before() {
    SourceEvent dated = killingOfKhan("A", "2016-08-14").on("2016-07").build();
    SourceEvent after = killingOfKhan("C", "2016-09-01").build();
    SourceEvent before = killingOfKhan("D", "2016-06-20").build();

    EventMatch joined = matcher.match(after, List.of(dated));
    EventMatch refused = matcher.match(before, List.of(dated));

    assertThat(joined.same()).isTrue();
    assertThat(joined.rule()).contains("date unknown").contains("published 2016-09-01");
    assertThat(refused.same()).isFalse();
    assertThat(refused.rule()).contains("before the event could have happened (2016-07-01)");
  }

  @Test
  void does_not_join_an_undated_report_without_a_specific_victim() {
    SourceEvent dated = airstrikeInNangarhar("A", "2017-04-10").on("2017-04-09").build();
    SourceEvent undated = airstrikeInNangarhar("B", "2017-04-12").build();

    EventMatch match = matcher.match(undated, List.of(dated));

    assertThat(match.same()).isFalse();
    assertThat(match.rule()).contains("only a shared specific victim or target could join");
  }

  @Test
  void does_not_count_a_country_as_a_specific_victim() {
    SourceEvent one =
        Report.of("A", "2017-04-10").target("United States", "us").on("2017-04").build();
    SourceEvent other =
        Report.of("B", "2017-04-20").target("United States", "us").on("2017-04").build();

    assertThat(matcher.match(other, List.of(one)).same()).isFalse();
  }

  @Test
  void matches_an_unresolved_multi_word_name_by_its_lower_cased_form() {
    SourceEvent one =
        Report.of("A", "2018-02-10").victim("Abdul Wali Noori", null).on("2018-02").build();
    SourceEvent other =
        Report.of("B", "2018-02-11").victim("abdul wali noori", null).on("2018-02-08").build();

    EventMatch match = matcher.match(other, List.of(one));

    assertThat(match.same()).isTrue();
    assertThat(match.rule()).contains("same victim name:abdul wali noori");
  }

  @Test
  void scores_a_join_above_any_refusal() {
    SourceEvent first = killingOfKhan("A", "2016-08-14").on("2016-07").build();
    SourceEvent weak = airstrikeInNangarhar("B", "2016-07-20").on("2016-07").build();
    SourceEvent strong = killingOfKhan("C", "2016-08-20").on("2016-07-26").build();

    assertThat(matcher.match(strong, List.of(first)).score())
        .isGreaterThan(matcher.match(weak, List.of(first)).score());
  }

  @Test
  void joins_a_shared_country_perpetrator_when_town_and_day_agree() {
    SourceEvent one =
        airstrikeInNangarhar("A", "2017-04-10")
            .on("2017-04-09")
            .in("Achin", "AF", "Nangarhar", "Achin", LocationPrecision.ADMIN2)
            .build();
    SourceEvent other =
        airstrikeInNangarhar("B", "2017-04-10")
            .on("2017-04-09")
            .in("Achin", "AF", "Nangarhar", "Achin", LocationPrecision.ADMIN2)
            .build();

    EventMatch match = matcher.match(other, List.of(one));

    assertThat(match.same()).isTrue();
    assertThat(match.rule()).contains("same actor us").contains("same sub-type Air/drone strike");
  }

  @Test
  void pins_the_day_against_a_ledger_event_whose_sources_give_a_day_and_a_month() {
    SourceEvent month = bombingInJalalabad("A").on("2019-03").build();
    SourceEvent day = bombingInJalalabad("B").build();
    SourceEvent report = bombingInJalalabad("C").build();

    assertThat(matcher.match(report, List.of(month, day)).same()).isTrue();
  }

  @Test
  void joins_a_named_victim_placed_in_another_province_with_a_lower_score() {
    SourceEvent nangarhar =
        killingOfKhan("A", "2016-08-14")
            .on("2016-07")
            .in("Nangarhar", "AF", "Nangarhar", null, LocationPrecision.ADMIN1)
            .build();
    SourceEvent sameProvince =
        killingOfKhan("B", "2016-08-15")
            .on("2016-07")
            .in("Nangarhar", "AF", "Nangarhar", null, LocationPrecision.ADMIN1)
            .build();
    SourceEvent kunar =
        killingOfKhan("C", "2016-08-15")
            .on("2016-07")
            .in("Kunar", "AF", "Kunar", null, LocationPrecision.ADMIN1)
            .build();

    EventMatch apart = matcher.match(kunar, List.of(nangarhar));

    assertThat(apart.same()).isTrue();
    assertThat(apart.rule()).contains("locations apart (Kunar, AF / Nangarhar, AF)");
    assertThat(apart.score()).isLessThan(matcher.match(sameProvince, List.of(nangarhar)).score());
  }

  @Test
  void rejects_an_empty_ledger_event() {
    SourceEvent report = killingOfKhan("A", "2016-08-14").build();

    assertThatThrownBy(() -> matcher.match(report, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one report");
  }

  private static Report airstrikeInNangarhar(String article, String published) {
    return Report.of(article, published)
        .airstrike()
        .actor("United States", "us")
        .victim("militants", null)
        .in("Nangarhar", "AF", "Nangarhar", null, LocationPrecision.ADMIN1);
  }

  private static Report bombingInJalalabad(String article) {
    return Report.of(article, "2019-03-02")
        .actor("suicide bomber", null)
        .victim("civilians", null)
        .on("2019-03-01")
        .in("Jalalabad", "AF", "Nangarhar", "Jalalabad", LocationPrecision.POINT);
  }
}
