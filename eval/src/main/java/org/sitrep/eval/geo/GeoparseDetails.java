package org.sitrep.eval.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalDouble;
import org.sitrep.model.Place;

/**
 * Writes a {@link GeoparseReport} as JSON Lines, one line per gold toponym and one per false
 * positive, for error analysis with {@code jq}.
 *
 * <p>A gold line: {@code set}, {@code id} (the article), {@code kind: "gold"}, {@code start},
 * {@code end}, {@code text}, {@code lat}, {@code lon}, {@code geonames_id}, {@code match} ({@code
 * exact}, {@code overlap} or {@code missed}), {@code predicted} (the matched place or null), {@code
 * error_km} (null when missed), {@code baseline} ({@code lat}, {@code lon}, or null) and {@code
 * baseline_error_km}. A false-positive line: {@code set}, {@code id}, {@code kind:
 * "false_positive"} and {@code predicted}. A predicted place has {@code start}, {@code end}, {@code
 * text}, {@code name}, {@code geonames_id}, {@code country}, {@code admin1}, {@code admin2}, {@code
 * feature}, {@code lat}, {@code lon} and {@code resolution}.
 */
final class GeoparseDetails {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GeoparseDetails() {}

  static void write(GeoparseReport report, Writer writer) throws IOException {
    for (ToponymOutcome toponym : report.toponyms()) {
      line(writer, gold(report.set(), toponym));
    }
    for (FalsePositive falsePositive : report.falsePositives()) {
      ObjectNode node = JSON.createObjectNode();
      node.put("set", report.set().label());
      node.put("id", falsePositive.articleId());
      node.put("kind", "false_positive");
      node.set("predicted", place(falsePositive.predicted()));
      line(writer, node);
    }
    writer.flush();
  }

  private static ObjectNode gold(GeoparseSet set, ToponymOutcome toponym) {
    GoldToponym gold = toponym.gold();
    ObjectNode node = JSON.createObjectNode();
    node.put("set", set.label());
    node.put("id", toponym.articleId());
    node.put("kind", "gold");
    node.put("start", gold.start());
    node.put("end", gold.end());
    node.put("text", gold.text());
    node.put("lat", gold.coordinate().lat());
    node.put("lon", gold.coordinate().lon());
    node.put("geonames_id", gold.geonamesId());
    node.put("match", !toponym.matched() ? "missed" : toponym.exact() ? "exact" : "overlap");
    node.set("predicted", toponym.matched() ? place(toponym.predicted()) : null);
    OptionalDouble error = toponym.errorKm();
    if (error.isPresent()) {
      node.put("error_km", round(error.getAsDouble()));
    } else {
      node.putNull("error_km");
    }
    if (toponym.baseline() == null) {
      node.putNull("baseline");
    } else {
      node.putObject("baseline")
          .put("lat", toponym.baseline().lat())
          .put("lon", toponym.baseline().lon());
    }
    node.put("baseline_error_km", round(toponym.baselineErrorKm()));
    return node;
  }

  private static ObjectNode place(Place place) {
    ObjectNode node = JSON.createObjectNode();
    node.put("start", place.start());
    node.put("end", place.end());
    node.put("text", place.text());
    node.put("name", place.name());
    node.put("geonames_id", place.geonamesId());
    node.put("country", place.countryCode());
    node.put("admin1", place.admin1());
    node.put("admin2", place.admin2());
    node.put("feature", place.feature().toString());
    node.put("lat", place.lat());
    node.put("lon", place.lon());
    node.put("resolution", place.resolution());
    return node;
  }

  /** Metres are noise here; a tenth of a km keeps the file readable. */
  private static double round(double km) {
    return Math.round(km * 10) / 10.0;
  }

  private static void line(Writer writer, ObjectNode node) throws IOException {
    writer.write(JSON.writeValueAsString(node));
    writer.write('\n');
  }
}
