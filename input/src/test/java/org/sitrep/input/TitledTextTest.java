package org.sitrep.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitledTextTest {
  @ParameterizedTest(name = "\"{0}\" -> title \"{1}\"")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      textBlock =
          """
          # content                                                  | title               | text
          Storm hits coast\\n\\nThe storm arrived at dawn.           | Storm hits coast    | The storm arrived at dawn.
          Storm hits coast\\nThe storm arrived at dawn.              | Storm hits coast    | The storm arrived at dawn.
          Storm hits coast\\r\\n\\r\\n\\r\\nThe storm arrived.       | Storm hits coast    | The storm arrived.
          The storm arrived at dawn.\\nIt left by noon.              | NULL                | The storm arrived at dawn.\\nIt left by noon.
          Did the storm come?\\nIt did.                              | NULL                | Did the storm come?\\nIt did.
          Storm hits coast                                           | NULL                | Storm hits coast
          Storm hits coast\\n\\n                                     | NULL                | Storm hits coast\\n\\n
          \\u0020  LIMA, 7 MAR 91 (EFE) -- THE ARMY\\nSAID TODAY         | NULL                | \\u0020  LIMA, 7 MAR 91 (EFE) -- THE ARMY\\nSAID TODAY
          The army said that the rebels,\\nwho had fled, returned.   | NULL                | The army said that the rebels,\\nwho had fled, returned.
          """)
  void splits_off_a_headline_title(String content, String title, String text) {
    TitledText split = TitledText.split(unescape(content));
    assertThat(split.title()).isEqualTo(title);
    assertThat(split.text()).isEqualTo(unescape(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = "x | 200 | true\nx | 201 | false")
  void titles_are_at_most_two_hundred_chars(String c, int length, boolean isTitle) {
    TitledText split = TitledText.split(c.repeat(length) + "\n\nBody text.");
    assertThat(split.title() != null).isEqualTo(isTitle);
  }

  private static String unescape(String s) {
    return s.replace("\\n", "\n").replace("\\r", "\r").replace("\\u0020", " ");
  }
}
