package org.sitrep.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void folds_case_and_diacritics() {
    assertThat(NameKey.of("Kōṯ")).isEqualTo("kot");
    assertThat(NameKey.of("São Paulo")).isEqualTo("sao paulo");
    assertThat(NameKey.of("Łódź")).isEqualTo("lodz");
  }

  @Test
  void drops_apostrophes_and_dots() {
    assertThat(NameKey.of("Panjwa'i")).isEqualTo(NameKey.of("Panjwā’ī"));
    assertThat(NameKey.of("U.S.")).isEqualTo("us");
    assertThat(NameKey.of("Mūsá Qal‘ah")).isEqualTo("musa qalah");
  }

  @Test
  void folds_the_linking_vowel_of_persian_names() {
    assertThat(NameKey.of("Sar-e Pul")).isEqualTo("sar pul");
    assertThat(NameKey.of("Sar-e-Pul")).isEqualTo("sar pul");
    assertThat(NameKey.of("Nad-e Ali")).isEqualTo(NameKey.of("Nad Ali"));
    assertThat(NameKey.of("Pul-i-Khumri")).isEqualTo("pul khumri");
  }

  @Test
  void keeps_a_lone_e_at_the_edges() {
    assertThat(NameKey.of("E")).isEqualTo("e");
  }

  @Test
  void tells_latin_script_names_from_others() {
    assertThat(NameKey.isLatinScript("Jalālābād")).isTrue();
    assertThat(NameKey.isLatinScript("جلال آباد")).isFalse();
    assertThat(NameKey.isLatinScript("Кабул")).isFalse();
    assertThat(NameKey.isLatinScript("123")).isFalse();
  }
}
