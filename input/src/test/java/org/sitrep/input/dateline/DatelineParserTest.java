package org.sitrep.input.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
  private final DatelineParser parser = new DatelineParser();

  // The texts below are written for these tests, in the shapes wires and press offices use.
  @ParameterizedTest(name = "{0} -> {1} from \"{2}\"")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                                                                                     | date       | evidence         | form
          HERAT, Afghanistan (Feb. 3, 2012) – Police said a patrol was attacked.                       | 2012-02-03 | Feb. 3, 2012     | month day, year
          BAGHDAD, Aug. 12 (Reuters) - Two bombs went off, 2019 figures show. Header-free.             | EMPTY      |                  |
          PRESS NOTE 2019-08-77\\nBAGHDAD, Aug. 12 (Reuters) - Two bombs went off.                    | 2019-08-12 | Aug. 12          | month day + header year
          LIMA, 7 MAR 91 (RADIO NACIONAL) -- [TEXT] POLICE TODAY REPORTED AN ATTACK.                 | 1991-03-07 | 7 MAR 91         | day month year
          QUITO, 2 OCT 08 (EFE) -- THE ARMY REPORTED A CLASH.                                        | 2008-10-02 | 2 OCT 08         | day month year
          MADRID (AP) — October 9, 2020 Firefighters contained the blaze.                            | 2020-10-09 | October 9, 2020  | month day, year
          Lyon, 14 June 2018 (AFP) - A strike halted trains.                                         | 2018-06-14 | 14 June 2018     | day month year
          KAMPALA, Uganda, Friday, Sept. 8, 2017 - Heavy rain flooded roads.                         | 2017-09-08 | Sept. 8, 2017    | month day, year
          GAZA CITY, JAN 4 1999 -- THE STRIKE ENDED.                                                 | 1999-01-04 | JAN 4 1999       | month day, year
          KANDAHAR, Afghanistan (Dec 01, 2014) – A convoy was hit.                                   | 2014-12-01 | Dec 01, 2014     | month day, year
          Morning Update April 2, 2010\\nKANDAHAR, Afghanistan (April 2) – A convoy was hit.          | 2010-04-02 | April 2          | month day + header year
          The report was published on March 3, 2021 by the ministry.                                 | EMPTY      |                  |
          BOGOTA, NO DATE (RADIO) -- THE MINISTER SPOKE.                                             | EMPTY      |                  |
          HERAT, Afghanistan (Feb. 30, 2012) – A date that does not exist.                           | EMPTY      |                  |
          """)
  void finds_the_dateline_date(String text, String date, String evidence, String form) {
    String unescaped = text.replace("\\n", "\n");
    Optional<Dateline> found = parser.find(unescaped);
    if (date.equals("EMPTY")) {
      assertThat(found).isEmpty();
      return;
    }
    assertThat(found).isPresent();
    Dateline d = found.get();
    assertThat(d.date()).isEqualTo(LocalDate.parse(date));
    assertThat(d.evidence().slice(unescaped)).isEqualTo(evidence);
    assertThat(d.form()).isEqualTo(form);
  }

  @Test
  void takes_the_year_from_a_release_number_in_the_header() {
    String text =
        "Patrol Finds Weapons Cache\nJoint Command 2012-05-S-044\u2028For Release\u2028"
            + "KUNDUZ, Afghanistan (May 9) – A patrol found a cache of rifles.";
    assertThat(parser.find(text)).map(Dateline::date).contains(LocalDate.of(2012, 5, 9));
  }

  @Test
  void moves_the_year_back_for_a_december_dateline_in_a_january_release() {
    String text = "2013-01-S-002\nKABUL, Afghanistan (Dec. 31) – Forces detained a suspect.";
    assertThat(parser.find(text)).map(Dateline::date).contains(LocalDate.of(2012, 12, 31));
  }

  @Test
  void takes_the_year_from_the_title_when_the_text_has_none() {
    String text = "WASHINGTON, Aug. 12 (Reuters) - Lawmakers met.";
    assertThat(parser.find(text, "Lawmakers meet, August 2015"))
        .map(Dateline::date)
        .contains(LocalDate.of(2015, 8, 12));
  }

  @Test
  void reads_two_digit_years_around_the_1950_pivot() {
    assertThat(DatelineParser.fullYear("49")).isEqualTo(2049);
    assertThat(DatelineParser.fullYear("50")).isEqualTo(1950);
    assertThat(DatelineParser.fullYear("90")).isEqualTo(1990);
    assertThat(DatelineParser.fullYear("00")).isEqualTo(2000);
  }

  @Test
  void looks_only_at_the_head_of_the_text() {
    String text = "x".repeat(DatelineParser.WINDOW + 10) + "\nLIMA, 7 MAR 91 (EFE) -- TEXT.";
    assertThat(parser.find(text)).isEmpty();
  }

  @Test
  void finds_every_placed_dateline_with_or_without_a_year_anywhere_in_the_text() {
    String first = "KABUL, Afghanistan (Dec. 7)\nA facilitator was captured today.\n";
    String filler = "The operation continued through the night. ".repeat(20);
    String second = "\u2028\u2028HERAT, Afghanistan (Dec. 8) – Two men were detained.";
    String text = first + filler + second;

    assertThat(parser.datelineSpans(text))
        .extracting(span -> span.slice(text))
        .containsExactly("KABUL, Afghanistan (Dec. 7", "HERAT, Afghanistan (Dec. 8");
    assertThat(parser.find(text)).isEmpty();
  }

  @Test
  void a_date_opening_a_body_line_is_no_dateline_span() {
    String text = "Timeline\nJan. 5 - Gunmen attacked a checkpoint.\n";

    assertThat(parser.datelineSpans(text)).isEmpty();
  }
}
