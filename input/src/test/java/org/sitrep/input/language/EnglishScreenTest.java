package org.sitrep.input.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishScreenTest {
  private final EnglishScreen screen = EnglishScreen.load();

  // All four texts were written for this test.
  private static final String ENGLISH =
      "Police in the northern town said on Tuesday that three men were arrested after a market"
          + " stall was set on fire. The fire was put out by neighbours before it reached the"
          + " houses, and no one was hurt, according to a statement from the district office.";
  private static final String SPANISH =
      "La policía de la ciudad del norte informó el martes que tres hombres fueron detenidos"
          + " después de que un puesto del mercado fuera incendiado. Los vecinos apagaron el fuego"
          + " antes de que llegara a las casas y nadie resultó herido, según un comunicado oficial"
          + " de la oficina del distrito.";
  private static final String GERMAN =
      "Die Polizei in der nördlichen Stadt teilte am Dienstag mit, dass drei Männer festgenommen"
          + " wurden, nachdem ein Marktstand in Brand gesetzt worden war. Die Nachbarn löschten das"
          + " Feuer, bevor es die Häuser erreichte, und niemand wurde verletzt, hieß es in einer"
          + " Mitteilung des Bezirksamts.";
  private static final String RUSSIAN =
      "Полиция северного города сообщила во вторник, что трое мужчин были задержаны после того,"
          + " как на рынке подожгли торговую палатку. Соседи потушили огонь до того, как он"
          + " добрался до домов, и никто не пострадал, говорится в заявлении районной"
          + " администрации города.";

  @Test
  void passes_english_news_text() {
    assertThat(screen.whyNotEnglish(ENGLISH)).isEmpty();
  }

  @Test
  void passes_english_wire_text_in_upper_case() {
    assertThat(screen.whyNotEnglish(ENGLISH.toUpperCase(java.util.Locale.ROOT))).isEmpty();
  }

  @Test
  void rejects_spanish_for_its_lack_of_english_function_words() {
    assertThat(screen.whyNotEnglish(SPANISH))
        .hasValueSatisfying(
            why -> assertThat(why).contains("English function words").contains("4%"));
  }

  @Test
  void rejects_german_for_its_lack_of_english_function_words() {
    assertThat(screen.whyNotEnglish(GERMAN))
        .hasValueSatisfying(why -> assertThat(why).contains("English function words"));
  }

  @Test
  void rejects_russian_for_its_script() {
    assertThat(screen.whyNotEnglish(RUSSIAN))
        .hasValueSatisfying(why -> assertThat(why).contains("not in the Latin script"));
  }

  @Test
  void does_not_judge_texts_under_thirty_words() {
    assertThat(screen.whyNotEnglish("Drei Männer wurden am Dienstag festgenommen.")).isEmpty();
  }
}
