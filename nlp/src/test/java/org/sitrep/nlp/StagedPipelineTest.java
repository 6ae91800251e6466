package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Sentence;

/** The staged pipeline gives what one pass over every sentence gives, minus unwanted parses. */
@Tag("model")
class StagedPipelineTest {
  private static final String TEXT =
      "Gunmen stormed a checkpoint outside Mosul on Sunday night.\n\n"
          + "The militia's commander, Omar Haddad, denied any role.\n\n"
          + "Residents described the neighbourhood as quiet and tidy.\n\n"
          + "A dozen families fled three-day clashes, the UN refugee agency said.";
  private static final LocalDate DATE = LocalDate.of(2023, 5, 9);

  @Test
  void sutime_only_on_cued_sentences_finds_the_same_times_and_numbers() {
    CoreNlpAnnotator everywhere =
        new CoreNlpAnnotator(CoreNlpConfig.defaults().withTimesWhereCued(false));

    AnnotatedText cued = SharedAnnotator.get().annotate(TEXT, DATE);
    AnnotatedText full = everywhere.annotate(TEXT, DATE);

    assertThat(cued).isEqualTo(full);
    assertThat(cued.timexes()).isNotEmpty();
  }

  @Test
  void leaves_unparsed_the_sentences_the_triage_skips_and_nothing_else() {
    CoreNlpAnnotator triaged =
        new CoreNlpAnnotator(
            CoreNlpConfig.defaults(), (words, lemmas) -> !words.contains("Residents"));

    AnnotatedText partly = triaged.annotate(TEXT, DATE);
    AnnotatedText full = SharedAnnotator.get().annotate(TEXT, DATE);

    assertThat(partly.sentences().get(2).dependencies()).isEmpty();
    assertThat(full.sentences().get(2).dependencies()).isNotEmpty();
    for (int s : new int[] {0, 1, 3}) {
      Sentence sentence = partly.sentences().get(s);
      assertThat(sentence).isEqualTo(full.sentences().get(s));
    }
    assertThat(partly.tokens()).isEqualTo(full.tokens());
    assertThat(partly.mentions()).isEqualTo(full.mentions());
    assertThat(partly.timexes()).isEqualTo(full.timexes());
  }
}
