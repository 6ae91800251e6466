package org.sitrep.input.dateline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataDateParserTest {
  private final MetadataDateParser parser = new MetadataDateParser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2017-08-12                    | 2017-08-12
          2017/08/12                    | 2017-08-12
          2017-08-12T23:30:00Z          | 2017-08-12
          2017-08-12T23:30:00+05:30     | 2017-08-12
          2017-08-12T23:30:00.123-04:00 | 2017-08-12
          2017-08-12T10:00              | 2017-08-12
          2017-08-12 10:00:00           | 2017-08-12
          Sat, 12 Aug 2017 10:00:00 GMT | 2017-08-12
          """)
  void reads_accepted_forms(String value, String date) {
    assertThat(parser.parse(value)).contains(LocalDate.parse(date));
  }

  @ParameterizedTest
  @ValueSource(strings = {"32/13/2017", "2017-13-01", "2017-02-30", "yesterday", "", "2017-08/12"})
  void rejects_what_is_not_a_date(String value) {
    assertThat(parser.parse(value)).isEmpty();
  }
}
