package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  /** The rows of {@code dump} that {@code keep} accepts, in file order. */
  static List<GeoNamesRow> read(Path dump, Predicate<GeoNamesRow> keep) throws IOException {
    List<GeoNamesRow> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8)) {
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        GeoNamesRow row = parse(line, dump + ":" + lineNumber);
        if (keep.test(row)) {
          rows.add(row);
        }
      }
    }
    return rows;
  }

  static GeoNamesRow parse(String line, String where) {
    String[] cols = line.split("\t", -1);
    if (cols.length < COLUMNS - 1) {
      throw new IllegalArgumentException(
          where
              + ": a GeoNames row needs "
              + COLUMNS
              + " tab-separated columns, got "
              + cols.length);
    }
    try {
      return new GeoNamesRow(
          Long.parseLong(cols[0]),
          cols[1],
          cols[2],
          cols[3].isEmpty() ? List.of() : List.of(cols[3].split(",")),
          Double.parseDouble(cols[4]),
          Double.parseDouble(cols[5]),
          cols[6],
          cols[7],
          cols[8],
          cols[10],
          cols[11],
          cols[14].isEmpty() ? 0 : Long.parseLong(cols[14]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          where + ": bad number in GeoNames row: " + e.getMessage(), e);
    }
  }
}
