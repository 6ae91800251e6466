package org.sitrep.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CapitalsRecaserTest {
  private static final String CAPITALS =
      "SAN SALVADOR, 14 MAR 91 -- REBELS BLEW UP A BRIDGE NEAR SANTA ANA ON TUESDAY, COLONEL"
          + " ERNESTO VILLALOBOS SAID.";

  @Test
  void counts_a_text_as_capitals_when_more_than_seven_letters_in_ten_are_upper_case() {
    assertThat(CapitalsRecaser.isWrittenInCapitals(CAPITALS)).isTrue();
    assertThat(CapitalsRecaser.isWrittenInCapitals("KABUL, 12 JAN -- Rebels fired on a post."))
        .isFalse();
    assertThat(CapitalsRecaser.isWrittenInCapitals("NATO and the UN met in Kabul.")).isFalse();
    assertThat(CapitalsRecaser.isWrittenInCapitals("12 -- 14")).isFalse();
  }

  @Test
  void hands_back_a_mixed_case_text_itself_without_loading_the_truecaser() {
    CapitalsRecaser recaser = new CapitalsRecaser(CoreNlpConfig.truecaseProperties());
    String text =
        "Rebels blew up a bridge near Santa Ana on Tuesday, Colonel Ernesto Villalobos said.";
    assertThat(recaser.apply(text)).isSameAs(text);
  }

  @Test
  @Tag("model")
  void recases_capitals_into_a_copy_of_the_same_length_that_differs_only_in_case() {
    String recased = SharedAnnotator.recaser().apply(CAPITALS);
    assertThat(recased).hasSameSizeAs(CAPITALS).isEqualToIgnoringCase(CAPITALS);
    assertThat(recased).contains("San Salvador", "Santa Ana", "Ernesto Villalobos", "bridge");
  }
}
