package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.TimexMention;
import org.sitrep.model.text.Token;

@Tag("model")
class CoreNlpAnnotatorTest {
  private static final String TEXT =
      "Militants attacked a police post in Helmand on Friday, officials said.\n\n"
          + "Two officers were killed in the attack.";

  @Test
  void every_token_text_is_its_slice_of_the_input() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(TEXT, LocalDate.of(2024, 3, 10));
    assertThat(annotated.tokens()).isNotEmpty();
    for (Token token : annotated.tokens()) {
      assertThat(token.text()).isEqualTo(TEXT.substring(token.start(), token.end()));
    }
    assertThat(annotated.sentences()).hasSize(2);
  }

  @Test
  void resolves_relative_dates_against_the_document_date() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(TEXT, LocalDate.of(2024, 3, 10));
    assertThat(annotated.timexes())
        .extracting(TimexMention::text, TimexMention::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Friday", "2024-03-08"));
  }

  @Test
  void leaves_relative_dates_unresolved_without_a_document_date() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(TEXT, null);
    assertThat(annotated.timexes())
        .filteredOn(t -> t.text().equals("Friday"))
        .allSatisfy(t -> assertThat(t.value()).doesNotStartWith("20"));
  }

  @Test
  void maps_passive_subjects_and_locations_into_dependency_edges() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(TEXT, LocalDate.of(2024, 3, 10));
    Token killed =
        annotated.tokens().stream()
            .filter(t -> t.text().equals("killed"))
            .findFirst()
            .orElseThrow();
    assertThat(annotated.sentenceOf(killed).dependencies())
        .filteredOn(d -> d.governor() == killed.index())
        .extracting(Dependency::relation)
        .contains("nsubj:pass");
    assertThat(annotated.mentions()).anySatisfy(m -> assertThat(m.text()).isEqualTo("Helmand"));
  }
}
