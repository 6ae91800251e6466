package org.sitrep.eval.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;

/** Invented geoparsing articles, written as a gold set's two files. */
final class GeoparseFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String STORM =
      "Storm damage in Harlow Bay. Crews from Kestrel Point cleared roads near Mount Ibbet.";
  static final String FERRY = "Ferries to Lune Island stopped; Port Sarn stayed open.";

  static final Coordinate HARLOW_BAY = new Coordinate(40, -75);
  static final Coordinate KESTREL_POINT = new Coordinate(41, -74);
  static final Coordinate MOUNT_IBBET = new Coordinate(10, 10);
  static final Coordinate LUNE_ISLAND = new Coordinate(-30, 150);
  static final Coordinate PORT_SARN = new Coordinate(-31, 151);

  private GeoparseFixtures() {}

  static GoldToponym gold(String text, String name, Coordinate at) {
    int start = text.indexOf(name);
    return new GoldToponym(start, start + name.length(), name, at, null);
  }

  /** A predicted place for the first {@code name} in {@code text}; null {@code at}: unresolved. */
  static Place place(String text, String name, Coordinate at) {
    int start = text.indexOf(name);
    return new Place(
        start,
        start + name.length(),
        name,
        name,
        null,
        at == null ? null : "XX",
        null,
        null,
        at == null ? null : at.lat(),
        at == null ? null : at.lon(),
        PlaceFeature.POPULATED_PLACE,
        at == null ? "not in gazetteer" : "only candidate");
  }

  static List<GoldArticle> articles() {
    return List.of(
        new GoldArticle(
            "storm",
            "Storm damage in Harlow Bay",
            STORM,
            LocalDate.of(2011, 4, 2),
            "fixture:1",
            List.of(
                gold(STORM, "Harlow Bay", HARLOW_BAY),
                gold(STORM, "Kestrel Point", KESTREL_POINT),
                gold(STORM, "Mount Ibbet", MOUNT_IBBET))),
        new GoldArticle(
            "ferry",
            null,
            FERRY,
            null,
            "fixture:2",
            List.of(gold(FERRY, "Lune Island", LUNE_ISLAND), gold(FERRY, "Port Sarn", PORT_SARN))));
  }

  /** Writes {@code articles} as {@code set}'s input and gold files; null ids stay null. */
  static void write(Path dir, GeoparseSet set, List<GoldArticle> articles, boolean withIds)
      throws IOException {
    List<String> inputs = new ArrayList<>();
    List<String> golds = new ArrayList<>();
    for (GoldArticle article : articles) {
      ObjectNode input = JSON.createObjectNode();
      ObjectNode gold = JSON.createObjectNode();
      if (withIds) {
        input.put("id", article.id());
        gold.put("id", article.id());
      } else {
        input.putNull("id");
        gold.putNull("id");
      }
      input.put("text", article.text());
      if (article.title() != null) {
        input.put("title", article.title());
      }
      if (article.published() != null) {
        input.put("published", article.published().toString());
      }
      ArrayNode toponyms = gold.putArray("toponyms");
      for (GoldToponym toponym : article.toponyms()) {
        toponyms
            .addObject()
            .put("start", toponym.start())
            .put("end", toponym.end())
            .put("text", toponym.text())
            .put("lat", toponym.coordinate().lat())
            .put("lon", toponym.coordinate().lon())
            .put("geonames_id", toponym.geonamesId());
      }
      inputs.add(JSON.writeValueAsString(input));
      golds.add(JSON.writeValueAsString(gold));
    }
    Files.write(dir.resolve(set.inputFile()), inputs, StandardCharsets.UTF_8);
    Files.write(dir.resolve(set.goldFile()), golds, StandardCharsets.UTF_8);
  }
}
