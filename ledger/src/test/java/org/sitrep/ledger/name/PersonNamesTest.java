package org.sitrep.ledger.name;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersonNamesTest {

  private static void assertSame(String a, String b) {
    assertThat(PersonNames.match(a, b)).as(a + " ~ " + b).isPresent();
    assertThat(PersonNames.match(b, a)).as(b + " ~ " + a).isPresent();
  }

  private static void assertDifferent(String a, String b) {
    assertThat(PersonNames.match(a, b)).as(a + " vs " + b).isEmpty();
    assertThat(PersonNames.match(b, a)).as(b + " vs " + a).isEmpty();
  }

  @Test
  void writes_the_key_as_folded_words() {
    assertThat(PersonNames.key("Hafiz Saeed Khan")).isEqualTo("hafaz sad khan");
    assertThat(PersonNames.key("Abu Bakr al-Baghdadi")).isEqualTo("aba bakr baghdada");
  }

  @Test
  void folds_the_spellings_of_saeed_into_one_key() {
    assertThat(PersonNames.key("Saeed"))
        .isEqualTo(PersonNames.key("Sayed"))
        .isEqualTo(PersonNames.key("Said"))
        .isEqualTo(PersonNames.key("Sayeed"))
        .isEqualTo(PersonNames.key("Syed"));
  }

  @Test
  void folds_the_spellings_of_muhammad_and_hasib() {
    assertThat(PersonNames.key("Mohammad"))
        .isEqualTo(PersonNames.key("Muhammad"))
        .isEqualTo(PersonNames.key("Mohammed"))
        .isEqualTo(PersonNames.key("Mohamed"));
    assertThat(PersonNames.key("Hasib")).isEqualTo(PersonNames.key("Haseeb"));
  }

  @Test
  void unifies_the_spellings_of_abdul() {
    assertThat(PersonNames.key("Abdul Hasib"))
        .isEqualTo(PersonNames.key("Abd al-Hasib"))
        .isEqualTo(PersonNames.key("Abd-ul Haseeb"))
        .isEqualTo(PersonNames.key("Abdel Hasib"));
  }

  @Test
  void drops_diacritics_punctuation_and_leading_titles() {
    assertThat(PersonNames.key("Lt. Gen. Abdul Raziq")).isEqualTo(PersonNames.key("abdul raziq"));
    assertThat(PersonNames.key("Dr. Ayman al-Ẓawāhirī"))
        .isEqualTo(PersonNames.key("Ayman al Zawahiri"));
    assertThat(PersonNames.key("Abu Musab az-Zarqawi"))
        .isEqualTo(PersonNames.key("Abu Musab Zarqawi"));
  }

  @Test
  void keeps_hafiz_and_mullah_as_name_words() {
    assertThat(PersonNames.key("Hafiz Saeed Khan")).isNotEqualTo(PersonNames.key("Saeed Khan"));
    assertThat(PersonNames.key("Mullah Omar")).isNotEqualTo(PersonNames.key("Omar"));
  }

  @Test
  void keeps_a_free_standing_english_word_that_is_a_hyphen_only_article() {
    assertThat(PersonNames.key("Ahmad as Sudani")).isNotEqualTo(PersonNames.key("Ahmad Sudani"));
    assertThat(PersonNames.key("Ahmad as-Sudani")).isEqualTo(PersonNames.key("Ahmad Sudani"));
  }

  @Test
  void matches_hafiz_saeed_khan_across_spellings_and_a_shorter_form() {
    assertSame("Hafiz Saeed Khan", "Hafiz Sayed Khan");
    assertSame("Hafiz Saeed Khan", "Hafiz Saeed");
    assertSame("Hafiz Sayed Khan", "Hafiz Saeed");
    assertThat(PersonNames.match("Hafiz Sayed", "Hafiz Saeed Khan"))
        .map(NameMatch::rule)
        .contains("all tokens of 'Hafiz Sayed' in 'Hafiz Saeed Khan'");
  }

  @Test
  void matches_abdul_hasib_across_spellings_and_with_his_nisba() {
    assertSame("Abdul Hasib", "Abdul Haseeb");
    assertSame("Abdul Hasib", "Abdul Hasib Logari");
    assertSame("Abdul Haseeb", "Abdul Hasib Logari");
  }

  @Test
  void matches_the_other_required_pairs() {
    assertSame("Abu Sayed", "Abu Saeed");
    assertSame("Mohammed Omar", "Muhammad Omar");
    assertSame("Abu Bakr al-Baghdadi", "Abu Bakr Baghdadi");
    assertSame("Mullah Omar", "Mullah Mohammad Omar");
    assertSame("Abdur Rahman Mansour", "Abd ar-Rahman Mansur");
  }

  @Test
  void rejects_the_required_non_matches() {
    assertDifferent("Abdul Hasib", "Malek Haseeb");
    assertDifferent("Abu Sayed", "Hafiz Saeed Khan");
    assertDifferent("Abu Bakr al-Baghdadi", "Abu Sayed");
    assertDifferent("Saeed", "Hafiz Saeed Khan");
    assertDifferent("Ali Khan", "Khan Ali");
  }

  @Test
  void rejects_names_that_share_only_part_of_their_words() {
    assertDifferent("Hafiz Saeed Khan", "Saeed Khan Hafiz");
    assertDifferent("Hafiz Saeed", "Saeed Khan");
    assertDifferent("Ahmad Shah", "Hamad Shah");
    assertDifferent("Abdullah Abdullah", "Abdul Rahman");
    assertDifferent("Mohammad Omar", "Mohammad Ismail Khan");
  }

  @Test
  void matches_a_single_name_only_to_the_same_single_name() {
    assertThat(PersonNames.match("Saeed", "saeed")).map(NameMatch::score).contains(0.5);
    assertDifferent("Saeed", "Sayed");
    assertDifferent("Omar", "Mullah Omar");
    assertDifferent("Mr. Khan", "Ali Khan");
  }

  @Test
  void scores_the_same_spelling_above_a_fold_above_a_subset() {
    double same = PersonNames.match("Abu Saeed", "abu saeed").orElseThrow().score();
    double folded = PersonNames.match("Abu Saeed", "Abu Sayed").orElseThrow().score();
    double subset = PersonNames.match("Abu Saeed", "Abu Saeed Bajauri").orElseThrow().score();
    double gapped = PersonNames.match("Mullah Omar", "Mullah Mohammad Omar").orElseThrow().score();
    assertThat(same).isEqualTo(1.0);
    assertThat(folded).isLessThan(same).isGreaterThan(subset);
    assertThat(gapped).isLessThan(subset);
    assertThat(PersonNames.match("Abu Saeed", "Abu Sayed"))
        .map(NameMatch::rule)
        .contains("same name after transliteration folding");
  }

  @Test
  void never_matches_a_title_alone_or_an_empty_name() {
    assertThat(PersonNames.key("General")).isEmpty();
    assertThat(PersonNames.match("General", "General")).isEqualTo(Optional.empty());
    assertThat(PersonNames.match("", "Ali Khan")).isEmpty();
  }
}
