package org.sitrep.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ParseTriageTest {
  private static final ParseTriage TRIAGE = ParseTriage.bundled();

  /** Words as written; lemmas here are just the lower-cased words, enough for these cues. */
  private static boolean parsed(String sentence) {
    List<String> words = List.of(sentence.split(" "));
    return TRIAGE.needsParse(words, words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
  }

  @Test
  void parses_sentences_with_an_event_trigger_a_speech_cue_or_a_relation_cue() {
    assertThat(parsed("Militants attack a checkpoint")).isTrue();
    assertThat(parsed("The governor say the road is open")).isTrue();
    assertThat(parsed("The two parties formed an alliance")).isTrue();
  }

  @Test
  void parses_quotes_and_quotes_signed_with_a_dash() {
    assertThat(parsed("“ We are tired of waiting . ”")).isTrue();
    assertThat(parsed("― Lina Haddad")).isTrue();
  }

  @Test
  void parses_dates_whose_year_depends_on_the_tense() {
    assertThat(parsed("The market reopens on Friday")).isTrue();
    assertThat(parsed("The market reopened in May")).isTrue();
  }

  @Test
  void the_modal_may_is_not_the_month() {
    assertThat(parsed("The market may reopen")).isFalse();
  }

  @Test
  void reads_the_parts_of_a_hyphenated_word() {
    assertThat(parsed("an Iran-backed militia")).isTrue();
  }

  @Test
  void skips_sentences_no_stage_reads_a_parse_of() {
    assertThat(parsed("The valley is known for its apricots and walnuts")).isFalse();
  }
}
