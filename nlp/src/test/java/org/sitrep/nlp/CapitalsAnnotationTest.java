package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.EntityMention;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

@Tag("model")
class CapitalsAnnotationTest {
  private static final LocalDate DATE = LocalDate.of(1991, 3, 14);
  private static final String MIXED =
      "San Salvador, 14 Mar 91 -- Guerrillas of the People's Revolutionary Front attacked a power"
          + " station near Santa Ana on Tuesday, Colonel Ernesto Villalobos of the Salvadoran Army"
          + " said.\n\n"
          + "He said two guards were killed and the station was burned.";
  private static final String CAPITALS = MIXED.toUpperCase(Locale.ROOT);
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "LOCATION", "ORGANIZATION");

  @Test
  void finds_in_capitals_the_names_it_finds_in_mixed_case() {
    List<String> inMixedCase = names(SharedAnnotator.get().annotate(MIXED, DATE));
    List<String> inCapitals = names(SharedAnnotator.get().annotate(CAPITALS, DATE));
    assertThat(inCapitals)
        .contains(
            "[0,12) LOCATION SAN SALVADOR",
            "[45,73) ORGANIZATION PEOPLE'S REVOLUTIONARY FRONT",
            "[104,113) LOCATION SANTA ANA",
            "[134,152) PERSON ERNESTO VILLALOBOS",
            "[160,175) ORGANIZATION SALVADORAN ARMY")
        .containsAll(inMixedCase.stream().map(n -> n.toUpperCase(Locale.ROOT)).toList());
  }

  @Test
  void points_every_offset_into_the_original_capitals() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(CAPITALS, DATE);
    assertThat(annotated.text()).isEqualTo(CAPITALS);
    for (Token token : annotated.tokens()) {
      assertThat(token.text()).isEqualTo(CAPITALS.substring(token.start(), token.end()));
    }
    for (EntityMention mention : annotated.mentions()) {
      assertThat(mention.text())
          .isEqualTo(CAPITALS.substring(mention.start(), mention.end()))
          .isUpperCase();
    }
  }

  @Test
  void parses_capitals_into_sentences_with_dependencies_and_lower_case_lemmas() {
    AnnotatedText annotated = SharedAnnotator.get().annotate(CAPITALS, DATE);
    assertThat(annotated.sentences()).hasSize(2);
    assertThat(annotated.sentences()).allSatisfy(s -> assertThat(s.dependencies()).isNotEmpty());
    Token killed =
        annotated.tokens().stream()
            .filter(t -> t.text().equals("KILLED"))
            .findFirst()
            .orElseThrow();
    assertThat(killed.lemma()).isEqualTo("kill");
    Sentence second = annotated.sentenceOf(killed);
    assertThat(second.dependencies())
        .filteredOn(d -> d.governor() == killed.index())
        .extracting(Dependency::relation)
        .contains("nsubj:pass");
  }

  @Test
  void reads_a_mixed_case_text_exactly_as_without_recasing() {
    assertThat(SharedAnnotator.get().annotate(MIXED, DATE))
        .isEqualTo(SharedAnnotator.withoutRecasing().annotate(MIXED, DATE));
  }

  private static List<String> names(AnnotatedText annotated) {
    return annotated.mentions().stream()
        .filter(m -> NAME_TYPES.contains(m.type()))
        .map(m -> "[" + m.start() + "," + m.end() + ") " + m.type() + " " + m.text())
        .toList();
  }
}
