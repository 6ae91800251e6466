package org.sitrep.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * One line of a GeoNames "geoname" table dump (allCountries.txt, AF.txt, cities500.txt): the 19
 * tab-separated columns, of which the gazetteer keeps these.
 */
record GeoNamesRow(
    long geonamesId,
    String name,
    String asciiName,
    List<String> alternateNames,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    String countryCode,
    String admin1Code,
    String admin2Code,
    long population) {
  private static final int COLUMNS = 19;

  GeoNamesRow {
    alternateNames = List.copyOf(alternateNames);
  }

  /** The tab-separated columns of one line, checked to be the 19 of the "geoname" table. */
  static String[] columns(String line, String where) throws GeoNamesFormatException {
    String[] cols = line.split("\t", -1);
    if (cols.length != COLUMNS) {
      throw new GeoNamesFormatException(
          where
              + ": a GeoNames row needs "
              + COLUMNS
              + " tab-separated columns, got "
              + cols.length
              + " (is this the geoname table, e.g. AF.txt or allCountries.txt?)");
    }
    return cols;
  }

  /**
   * The row of the 19 {@code cols} of one line, keeping only the alternate names that {@code
   * keepName} accepts (the full dump has millions the index would not use).
   */
  static GeoNamesRow parse(String[] cols, Predicate<String> keepName, String where)
      throws GeoNamesFormatException {
    try {
      return new GeoNamesRow(
          Long.parseLong(cols[0]),
          cols[1],
          cols[2],
          cols[3].isEmpty()
              ? List.of()
              : Arrays.stream(cols[3].split(",")).filter(keepName).toList(),
          Double.parseDouble(cols[4]),
          Double.parseDouble(cols[5]),
          cols[6],
          cols[7],
          cols[8],
          cols[10],
          cols[11],
          cols[14].isEmpty() ? 0 : Long.parseLong(cols[14]));
    } catch (NumberFormatException e) {
      throw new GeoNamesFormatException(
          where + ": bad number in GeoNames row: " + e.getMessage(), e);
    }
  }
}
