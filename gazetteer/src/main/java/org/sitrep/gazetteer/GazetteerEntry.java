package org.sitrep.gazetteer;

import java.util.Objects;
import org.sitrep.model.PlaceFeature;

/**
 * One place of the gazetteer: a country, a province (admin1), a district (admin2) or a populated
 * place, with a representative coordinate.
 *
 * @param index position of the entry in its gazetteer, stable for one index file
 * @param geonamesId GeoNames id, or null for a division built from names without a GeoNames row
 * @param name the preferred name (GeoNames or the division list spelling, with diacritics)
 * @param countryCode ISO 3166-1 alpha-2 code, upper case; null only for a region that spans
 *     countries
 * @param admin1Code GeoNames admin1 code within the country ("34" for Kunar), or null for a country
 * @param admin1Name name of that admin1, or null when unknown
 * @param admin2Code GeoNames admin2 code, or null
 * @param admin2Name name of that admin2, or null
 * @param lat latitude in degrees (WGS84); for divisions a centroid, a seat or a mean of towns
 * @param lon longitude in degrees (WGS84)
 * @param population GeoNames population, 0 when unknown
 * @param featureCode GeoNames feature code (PPLC, PPLA, ADM1, ADM2, PCLI, …)
 * @param kind what kind of place this is
 * @param approximate whether the coordinate is the enclosing division's rather than the place's own
 *     (a district the data names but does not locate)
 */
public record GazetteerEntry(
    long index,
    Long geonamesId,
    String name,
    String countryCode,
    String admin1Code,
    String admin1Name,
    String admin2Code,
    String admin2Name,
    double lat,
    double lon,
    long population,
    String featureCode,
    PlaceFeature kind,
    boolean approximate) {
  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    if (countryCode == null && kind != PlaceFeature.REGION) {
      throw new IllegalArgumentException("entry " + name + " needs a country code");
    }
    Objects.requireNonNull(featureCode, "featureCode");
    Objects.requireNonNull(kind, "kind");
    if (index < 0) {
      throw new IllegalArgumentException("entry index must be >= 0, got " + index);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("entry " + index + " needs a non-blank name");
    }
    if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "entry "
              + name
              + " needs lat in [-90, 90] and lon in [-180, 180], got "
              + lat
              + ", "
              + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException(
          "entry " + name + " has negative population " + population);
    }
  }
}
