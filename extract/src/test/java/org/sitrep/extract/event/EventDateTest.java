package org.sitrep.extract.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.TestPipeline;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;

@Tag("model")
class EventDateTest {
  private static final ArticleExtractor EXTRACTOR =
      new ArticleExtractor(TestPipeline.annotator(), Gazetteer.loadDefault());

  private static EventDate dateOf(String text, LocalDate published, EventType type) {
    Article article = TestPipeline.article(text, published);
    return EXTRACTOR.extract(article).events().stream()
        .filter(e -> e.type() == type)
        .findFirst()
        .orElseThrow()
        .date();
  }

  @Test
  void a_relative_date_at_the_end_of_a_long_sentence_dates_its_event() {
    EventDate date =
        dateOf(
            "Police arrested two men during a hunt for a bomb maker in Gardez district,"
                + " Paktiya province, yesterday.",
            LocalDate.of(2011, 5, 3),
            EventType.COERCE);

    assertThat(date.value()).isEqualTo("2011-05-02");
    assertThat(date.text()).isEqualTo("yesterday");
  }

  @Test
  void the_dateline_date_is_not_the_event_date() {
    EventDate date =
        dateOf(
            "Press release\nKabul, Afghanistan (May 3, 2011) - An air strike destroyed a"
                + " compound in Nad Ali district.",
            LocalDate.of(2011, 5, 4),
            EventType.ASSAULT);

    assertThat(date.precision()).isEqualTo(DatePrecision.UNKNOWN);
    assertThat(date.value()).isNull();
  }

  @Test
  void overnight_operations_happened_the_night_before_publication() {
    EventDate date =
        dateOf(
            "Afghan forces detained six men in overnight operations in Khost province.",
            LocalDate.of(2010, 10, 8),
            EventType.COERCE);

    assertThat(date.value()).isEqualTo("2010-10-07");
  }

  @Test
  void an_undated_event_takes_the_date_of_the_event_in_the_sentence_before() {
    Article article =
        TestPipeline.article(
            "Gunmen killed two police officers in Kandahar on Tuesday. Five other officers were"
                + " wounded.",
            LocalDate.of(2017, 8, 12));

    assertThat(EXTRACTOR.extract(article).events())
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.date().value()).isEqualTo("2017-08-08"));
  }
}
