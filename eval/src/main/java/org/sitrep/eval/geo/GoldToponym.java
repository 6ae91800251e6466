package org.sitrep.eval.geo;

import java.util.Objects;

/**
 * One toponym a person marked in a geoparsing gold article, with the place they resolved it to.
 *
 * @param start offset of the first char in the article text
 * @param end offset after the last char (half-open)
 * @param text the text of the span, equal to the article text between the offsets
 * @param geonamesId the GeoNames id, or null when the gold set gives none (GeoVirus)
 */
public record GoldToponym(
    int start, int end, String text, Coordinate coordinate, String geonamesId) {
  public GoldToponym {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(coordinate, "coordinate");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "toponym span needs 0 <= start < end, got [" + start + ", " + end + ")");
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "toponym text '" + text + "' does not fit its span [" + start + ", " + end + ")");
    }
  }
}
