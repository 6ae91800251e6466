package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class CueLexiconTest {
  @Test
  void bundled_lexicon_knows_the_stances_of_common_cues() {
    CueLexicon lexicon = CueLexicon.bundled();

    assertThat(lexicon.stanceOf("say")).contains("assert");
    assertThat(lexicon.stanceOf("Deny")).contains("deny");
    assertThat(lexicon.stanceOf("estimate")).contains("estimate");
    assertThat(lexicon.stanceOf("according to")).contains("assert");
    assertThat(lexicon.stanceOf("kill")).isEmpty();
  }

  @Test
  void knows_which_cues_take_an_infinitive_or_an_object() {
    CueLexicon lexicon = CueLexicon.bundled();

    assertThat(lexicon.contentsOf("vow")).contains(CueLexicon.Content.TO);
    assertThat(lexicon.contentsOf("criticize")).containsExactly(CueLexicon.Content.OBJECT);
    assertThat(lexicon.contentsOf("say")).containsExactly(CueLexicon.Content.CLAUSE);
    assertThat(lexicon.prepositionsOf("warn")).contains("of", "about");
  }

  @Test
  void rejects_an_unknown_content_shape() {
    String tsv = "say\tassert\tsentence-like\tone\n";

    assertThatThrownBy(() -> CueLexicon.parse(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining(
            "content must be clause, question, to, object or a preposition, got sentence-like");
  }

  @Test
  void rejects_a_line_without_a_reason() {
    assertThatThrownBy(
            () -> CueLexicon.parse(new BufferedReader(new StringReader("say\tassert\tclause"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void rejects_a_repeated_cue() {
    String tsv = "say\tassert\tclause\tone\nsay\tdeny\tclause\ttwo\n";

    assertThatThrownBy(() -> CueLexicon.parse(new BufferedReader(new StringReader(tsv))))
        .hasMessageContaining("repeats cue say");
  }
}
