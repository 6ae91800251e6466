package org.sitrep.atlas;

import java.util.regex.Pattern;

/**
 * A country the atlas knows, as listed in {@code index.json}.
 *
 * @param iso2 ISO 3166-1 alpha-2 code, upper case ("AF"); the key of its province file
 * @param iso3 ISO 3166-1 alpha-3 code, upper case ("AFG"); the {@code id} of its world outline
 * @param name English name ("Afghanistan")
 * @param provinces how many province outlines {@code provinces/<iso2>.json} holds; 0 = no file
 */
public record Country(String iso2, String iso3, String name, int provinces) {
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

  public Country {
    if (iso2 == null || !ISO2.matcher(iso2).matches()) {
      throw new IllegalArgumentException("iso2 must be two upper-case letters, got " + iso2);
    }
    if (iso3 == null || !ISO3.matcher(iso3).matches()) {
      throw new IllegalArgumentException("iso3 must be three upper-case letters, got " + iso3);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, for " + iso2);
    }
    if (provinces < 0) {
      throw new IllegalArgumentException("provinces must be >= 0, got " + provinces);
    }
  }
}
