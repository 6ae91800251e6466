package org.sitrep.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.extract.TestPipeline;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;
import org.sitrep.model.text.AnnotatedText;

@Tag("model")
class TimeNormalizerTest {
  private static final TimeNormalizer NORMALIZER = new TimeNormalizer();

  @ParameterizedTest(name = "{1} [published {0}] -> {2} = {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # published | sentence                                                  | expression          | value
          # a bare weekday follows the tense of its verb (SUTime takes the nearest one)
          2017-08-12 | Officials said on Friday that the convoy was hit.          | Friday              | 2017-08-11
          2017-08-10 | Five soldiers were killed on Friday in an ambush.          | Friday              | 2017-08-04
          2017-08-14 | Gunmen attacked a checkpoint on Tuesday, police said.      | Tuesday             | 2017-08-08
          2017-08-12 | The ministry will hold talks on Friday.                    | Friday              | 2017-08-18
          2017-08-12 | The envoy is expected to arrive on Friday.                 | Friday              | 2017-08-18
          2017-08-12 | Protesters may march on Monday.                            | Monday              | 2017-08-14
          2017-08-12 | The attack was on Thursday night.                          | Thursday night      | 2017-08-10TNI
          # a bare month, month and day, or quarter in a past clause is not after publication
          2017-08-20 | The town was captured back in January by rebels.           | January             | 2017-01
          2017-08-20 | In December, the group attacked the base.                  | December            | 2016-12
          2017-08-20 | Elections will be held in January.                         | January             | 2018-01
          2017-03-12 | The attack happened on December 5, the ministry said.      | December 5          | 2016-12-05
          2017-08-12 | A July 11 airstrike killed nine civilians.                 | July 11             | 2017-07-11
          2017-08-12 | Police said 80 people died in the first quarter.           | the first quarter   | 2017-Q1
          # expressions that carry their own anchor keep SUTime's resolution
          2016-08-14 | The group seized the town last month.                      | last month          | 2016-07
          2017-08-12 | The base was attacked in April this year.                  | April this year     | 2017-04
          2017-08-12 | Violence has risen this week.                              | this week           | 2017-W32
          2017-08-12 | Two people were killed yesterday.                          | yesterday           | 2017-08-11
          2017-08-12 | Attacks surged earlier this year.                          | earlier this year   | 2017
          2017-08-12 | Attacks surged over the past few months.                   | the past few months | PXM
          2017-08-12 | Fighting has continued since the summer of 2016.           | the summer of 2016  | 2016-SU
          # overnight is the night before publication; story-relative offsets have no date
          2017-08-12 | Rebels shelled the city overnight.                         | overnight           | 2017-08-11TNI
          2010-10-08 | Forces detained six men in overnight operations.          | overnight           | 2010-10-07TNI
          # a date that is an object, an end of a span or an adjective's is not read by the verb's tense
          2016-10-20 | The fund announced a bonus payable Dec. 7.                | Dec. 7              | 2016-12-07
          2016-10-20 | The vote was postponed by a month, until Nov. 17.         | Nov. 17             | 2016-11-17
          # "ago" takes the granularity of its unit
          1998-01-08 | Prices were higher a year ago.                            | a year ago          | 1997
          1998-01-08 | The talks collapsed two months ago.                       | two months ago      | 1997-11
          # a weekday beside a month and day pins the year ("Sept." is a month, not a weekday)
          2010-10-02 | The base was attacked on Sept. 30.                       | Sept. 30            | 2010-09-30
          2015-03-10 | The council will vote on Friday, March 13.                 | Friday, March 13    | 2015-03-13
          2015-03-10 | The council voted on Friday, March 13, to reopen schools.  | Friday, March 13    | 2015-03-13
          2017-08-12 | The troops withdrew. Two days later, the rebels returned. | Two days later      | null
          # references are kept as references, never as dates
          2017-08-12 | Attacks have recently increased.                           | recently            | PAST_REF
          2017-08-12 | The current situation is calm, officials said.             | current             | PRESENT_REF
          # without a publication date nothing relative is resolved
          null       | A July 11 airstrike killed nine civilians.                 | July 11             | XXXX-07-11
          null       | Militants attacked the post on Friday.                     | Friday              | XXXX-WXX-5
          null       | Two people were killed yesterday.                          | yesterday           | null
          null       | The group seized the town last month.                      | last month          | null
          null       | The base was attacked in April 2016.                       | April 2016          | 2016-04
          """)
  void normalizes_news_time_expressions_against_the_publication_date(
      LocalDate published, String sentence, String expression, String value) {
    List<TimeExpression> found = NORMALIZER.normalize(annotate(sentence, published), published);

    assertThat(found)
        .filteredOn(t -> t.text().equals(expression))
        .singleElement()
        .extracting(TimeExpression::value)
        .isEqualTo(value);
  }

  @ParameterizedTest(name = "{0} -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      textBlock =
          """
          # sentence                                             | expression       | value | mod
          The group was founded in early 2015.                   | early 2015       | 2015  | START
          The offensive began in late 2014.                      | late 2014        | 2014  | END
          The group was founded in 2015.                         | 2015             | 2015  | null
          """)
  void keeps_fuzzy_modifiers_beside_the_value(
      String sentence, String expression, String value, String mod) {
    LocalDate published = LocalDate.of(2017, 8, 12);
    List<TimeExpression> found = NORMALIZER.normalize(annotate(sentence, published), published);

    assertThat(found)
        .filteredOn(t -> t.text().equals(expression))
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.value()).isEqualTo(value);
              assertThat(t.mod()).isEqualTo(mod);
            });
  }

  @Test
  void drops_the_ordinal_second_but_keeps_clock_times() {
    String text = "A second bomb exploded at 5 p.m. near the market.";
    List<TimeExpression> found =
        NORMALIZER.normalize(annotate(text, LocalDate.of(2017, 8, 12)), LocalDate.of(2017, 8, 12));

    assertThat(found).extracting(TimeExpression::text).doesNotContain("A second");
    assertThat(found)
        .filteredOn(t -> t.type() == TimexType.TIME)
        .extracting(TimeExpression::value)
        .containsExactly("2017-08-12T17:00");
  }

  @Test
  void never_stamps_a_year_the_text_does_not_state_without_a_publication_date() {
    String text =
        "Two soldiers were killed yesterday and five on Friday. The town fell in January, "
            + "the army said this week, and talks will resume next month.";
    List<TimeExpression> found = NORMALIZER.normalize(annotate(text, null), null);

    assertThat(found).isNotEmpty();
    assertThat(found)
        .allSatisfy(
            t ->
                assertThat(t.value())
                    .satisfiesAnyOf(
                        v -> assertThat(v).isNull(), v -> assertThat(v).doesNotMatch("^\\d{4}.*")));
  }

  @Test
  void every_expression_span_is_its_slice_of_the_text() {
    String text = "The attack on Thursday night killed two, officials said on Friday.";
    AnnotatedText annotated = annotate(text, LocalDate.of(2017, 8, 12));

    assertThat(NORMALIZER.normalize(annotated, LocalDate.of(2017, 8, 12)))
        .hasSize(2)
        .allSatisfy(t -> assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text()));
  }

  private static AnnotatedText annotate(String text, LocalDate published) {
    return TestPipeline.annotate(text, published);
  }
}
