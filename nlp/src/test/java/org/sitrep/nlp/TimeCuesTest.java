package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeCuesTest {
  private static final TimeCues CUES = TimeCues.bundled();

  private static boolean cued(String sentence) {
    List<String> words = List.of(sentence.split(" "));
    return CUES.anyIn(words, words);
  }

  @Test
  void a_digit_month_weekday_or_relative_word_is_a_cue() {
    assertThat(cued("The talks resumed on 3 ceasefire lines")).isTrue();
    assertThat(cued("Fighting broke out in March")).isTrue();
    assertThat(cued("Talks resume on Tuesday")).isTrue();
    assertThat(cued("The convoy left yesterday")).isTrue();
    assertThat(cued("Elders met twice weekly")).isTrue();
  }

  @Test
  void number_words_are_cues_because_sutime_tags_them() {
    assertThat(cued("A dozen fighters surrendered")).isTrue();
    assertThat(cued("the first convoy arrived")).isTrue();
  }

  @Test
  void the_parts_of_a_hyphenated_word_count() {
    assertThat(cued("a three-day offensive")).isTrue();
    assertThat(cued("a decades-long dispute")).isTrue();
  }

  @Test
  void a_sentence_without_any_cue_is_not_timed() {
    assertThat(cued("Militants attacked a police post near the river")).isFalse();
  }

  @Test
  void a_row_without_a_reason_is_refused() {
    assertThatThrownBy(() -> TimeCues.parse(new BufferedReader(new StringReader("week\n"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs a word, a tab and a reason");
  }
}
