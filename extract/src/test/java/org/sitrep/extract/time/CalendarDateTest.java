package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

class CalendarDateTest {
  @ParameterizedTest(name = "{0} {1} -> {2} ({3})")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # type   | TIMEX3 value      | calendar date | precision
          DATE     | 2017-07-11        | 2017-07-11    | DAY
          DATE     | 2016-07           | 2016-07       | MONTH
          DATE     | 2017              | 2017          | YEAR
          DATE     | 2016-SU           | 2016          | YEAR
          DATE     | 2017-Q1           | 2017          | YEAR
          TIME     | 2017-08-10TNI     | 2017-08-10    | DAY
          TIME     | 2017-08-12T17:00  | 2017-08-12    | DAY
          DATE     | 2017-W32          | null          | null
          DATE     | 2017-W32-WE       | null          | null
          DATE     | XXXX-07-11        | null          | null
          DATE     | XXXX-WXX-5        | null          | null
          DATE     | PAST_REF          | null          | null
          DATE     | PRESENT_REF       | null          | null
          DATE     | 2017-02-30        | null          | null
          DATE     | null              | null          | null
          TIME     | T17:00            | null          | null
          DURATION | P3M               | null          | null
          SET      | P1W               | null          | null
          """)
  void reads_a_calendar_date_off_a_timex3_value(
      TimexType type, String value, String date, DatePrecision precision) {
    TimeExpression expression = new TimeExpression(0, 4, "when", type, value);

    assertThat(TimeNormalizer.asDate(expression).map(CalendarDate::value))
        .isEqualTo(java.util.Optional.ofNullable(date));
    assertThat(CalendarDate.of(expression).map(CalendarDate::precision))
        .isEqualTo(java.util.Optional.ofNullable(precision));
  }

  @Test
  void becomes_an_event_date_with_its_evidence_span() {
    TimeExpression friday = new TimeExpression(18, 24, "Friday", TimexType.DATE, "2017-08-11");

    EventDate date = CalendarDate.of(friday).orElseThrow().toEventDate(friday);

    assertThat(date).isEqualTo(new EventDate("2017-08-11", DatePrecision.DAY, 18, 24, "Friday"));
  }

  @Test
  void rejects_a_value_that_does_not_fit_its_precision() {
    assertThatThrownBy(() -> new CalendarDate("2017-08", DatePrecision.DAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017-08");
  }
}
