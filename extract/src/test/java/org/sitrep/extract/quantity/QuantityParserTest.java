package org.sitrep.extract.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.extract.TestPipeline;
import org.sitrep.model.Quantity;

@Tag("model")
class QuantityParserTest {
  private static final QuantityParser PARSER = new QuantityParser();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # sentence                                                  | quantity           | min    | max    | min excl | max excl | unit
          # plain numerals and number words are exact
          Police said 80 people were killed in the blast.              | 80                 | 80     | 80     | false | false | people
          The group sent 1,500 IS militants to the front.              | 1,500              | 1500   | 1500   | false | false | militants
          The Pentagon will deploy 4,000 additional US troops.          | 4,000              | 4000   | 4000   | false | false | troops
          About 1.5 million people fled the fighting.                   | About 1.5 million  | 1350000 | 1650000 | false | false | people
          Gunmen killed nine villagers overnight.                       | nine               | 9      | 9      | false | false | villagers
          A dozen policemen were wounded.                               | A dozen            | 12     | 12     | false | false | policemen
          More than two dozen civilians were hurt.                      | More than two dozen | 24    | null   | true  | false | civilians
          # bounds
          Fewer than 1,000 in Afghanistan remain.                       | Fewer than 1,000   | null   | 1000   | false | true  | null
          The blast killed less than 20 soldiers.                       | less than 20       | null   | 20     | false | true  | soldiers
          Up to 20 fighters died in the clashes.                        | Up to 20           | null   | 20     | false | false | fighters
          At most 30 protesters were arrested.                          | At most 30         | null   | 30     | false | false | protesters
          Over 100 families fled the town.                              | Over 100           | 100    | null   | true  | false | families
          At least nine soldiers died.                                  | At least nine      | 9      | null   | false | false | soldiers
          # approximations are N plus or minus 10%, nearly is [N - 10%, N]
          Some 300 troops crossed the border.                           | Some 300           | 270    | 330    | false | false | troops
          Around 50 rebels surrendered.                                 | Around 50          | 45     | 55     | false | false | rebels
          An estimated 2,000 people gathered in the square.             | An estimated 2,000 | 1800   | 2200   | false | false | people
          Nearly 50 children were among the dead.                       | Nearly 50          | 45     | 50     | false | false | children
          Almost 200 houses were destroyed.                             | Almost 200         | 180    | 200    | false | false | houses
          # ranges
          Between 10 and 20 rebels were captured.                       | Between 10 and 20  | 10     | 20     | false | false | rebels
          The raid killed 10 to 20 rebels.                              | 10 to 20           | 10     | 20     | false | false | rebels
          The raid killed 10-20 rebels.                                 | 10-20              | 10     | 20     | false | false | rebels
          Two or three gunmen opened fire.                              | Two or three       | 2      | 3      | false | false | gunmen
          # vague numbers
          Dozens of people were injured.                                | Dozens             | 12     | null   | false | false | people
          Hundreds of protesters marched on the ministry.               | Hundreds           | 100    | null   | false | false | protesters
          Tens of thousands of refugees crossed the border.             | Tens of thousands  | 10000  | null   | false | false | refugees
          Scores of soldiers were captured.                             | Scores             | 20     | null   | false | false | soldiers
          Several officers were wounded in the attack.                  | Several            | 3      | null   | false | false | officers
          A few journalists were detained.                              | A few              | 2      | 5      | false | false | journalists
          """)
  void reads_each_news_quantity_form_as_an_interval(
      String sentence,
      String expected,
      Long min,
      Long max,
      boolean minExclusive,
      boolean maxExclusive,
      String unit) {
    List<Quantity> found = PARSER.find(TestPipeline.annotate(sentence, LocalDate.of(2017, 8, 12)));

    assertThat(found)
        .filteredOn(q -> q.text().equals(expected))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.min()).as("min").isEqualTo(min);
              assertThat(q.max()).as("max").isEqualTo(max);
              assertThat(q.minExclusive()).as("min exclusive").isEqualTo(minExclusive);
              assertThat(q.maxExclusive()).as("max exclusive").isEqualTo(maxExclusive);
              assertThat(q.unit()).as("unit").isEqualTo(unit);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # sentences whose numbers are dates, times, money, shares, ordinals, durations or labels
          The attack on July 11, 2016 was the third in a week.
          Fighting has raged since 2014 and lasted three days.
          The $5 million deal covers 20 percent of voters.
          The blast went off at 5 p.m. local time.
          The council passed Resolution 2254 after the talks.
          Soldiers fired 7.62 mm rounds at the crowd.
          Settling scores with rivals, the militia attacked.
          """)
  void skips_numbers_that_count_nothing(String sentence) {
    assertThat(PARSER.find(TestPipeline.annotate(sentence, LocalDate.of(2017, 8, 12)))).isEmpty();
  }

  @Test
  void every_quantity_span_is_its_slice_of_the_text() {
    String text =
        "Nearly 50 children and at least nine soldiers died, while between 10 and 20 rebels "
            + "and dozens of civilians were wounded.";
    List<Quantity> found = PARSER.find(TestPipeline.annotate(text, null));

    assertThat(found)
        .extracting(Quantity::text)
        .containsExactly("Nearly 50", "at least nine", "between 10 and 20", "dozens");
    assertThat(found)
        .allSatisfy(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
  }
}
