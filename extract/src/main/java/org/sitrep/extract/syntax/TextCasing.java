package org.sitrep.extract.syntax;

/** Facts about how a text is written that change how names can be recognized. */
public final class TextCasing {
  private TextCasing() {}

  /** True when most letters are capitals, as in old wire copy ("KABUL, 12 JAN 90 --"). */
  public static boolean isWrittenInCapitals(String text) {
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          capitals++;
        }
      }
    }
    return letters > 0 && capitals * 10 > letters * 7;
  }
}
