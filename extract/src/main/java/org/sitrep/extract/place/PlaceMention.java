package org.sitrep.extract.place;

import org.sitrep.model.PlaceFeature;

/**
 * A toponym found in the text, before resolution.
 *
 * @param hint the kind of place a neighbouring word says it is ("province" → ADMIN1), or null
 * @param adjectival whether the text is a demonym or adjective ("Afghan") naming a country
 */
record PlaceMention(
    int firstToken,
    int endToken,
    int start,
    int end,
    String text,
    PlaceFeature hint,
    boolean adjectival) {
  PlaceMention(int firstToken, int endToken, int start, int end, String text, PlaceFeature hint) {
    this(firstToken, endToken, start, end, text, hint, false);
  }
}
