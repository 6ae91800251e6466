package org.sitrep.extract.place;

import org.sitrep.model.PlaceFeature;

/**
 * A toponym found in the text, before resolution.
 *
 * @param hint the kind of place a neighbouring word says it is ("province" → ADMIN1), or null
 */
record PlaceMention(
    int firstToken, int endToken, int start, int end, String text, PlaceFeature hint) {}
