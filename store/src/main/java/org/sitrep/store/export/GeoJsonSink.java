package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.model.EventLocation;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.query.EventRow;

/**
 * A GeoJSON FeatureCollection (RFC 7946) written feature by feature: one Point for each ledger
 * event with coordinates, in GeoJSON's [longitude, latitude] order. Events without coordinates
 * cannot be drawn and are skipped (the export counts them).
 */
final class GeoJsonSink implements LedgerExport.EventSink {
  private final Writer out;
  private boolean first = true;

  GeoJsonSink(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() throws IOException {
    out.write("{\"type\":\"FeatureCollection\",\"features\":[");
  }

  @Override
  public boolean write(EventRow event) throws IOException {
    EventLocation place = event.merged().location();
    if (place == null || place.lat() == null || place.lon() == null) {
      return false;
    }
    Map<String, Object> feature = new LinkedHashMap<>();
    feature.put("type", "Feature");
    feature.put("id", event.id());
    Map<String, Object> point = new LinkedHashMap<>();
    point.put("type", "Point");
    point.put("coordinates", List.of(place.lon(), place.lat()));
    feature.put("geometry", point);
    feature.put("properties", properties(event));
    out.write(first ? "\n" : ",\n");
    out.write(ExtractionJson.write(feature));
    first = false;
    return true;
  }

  private static Map<String, Object> properties(EventRow event) {
    MergedEvent m = event.merged();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("id", event.id());
    properties.put("type", m.type().name());
    properties.put("acled_event_type", m.acled() == null ? null : m.acled().eventType());
    properties.put("acled_sub_event_type", m.acled() == null ? null : m.acled().subEventType());
    properties.put("date", m.date().value());
    properties.put("date_precision", m.date().precision().toString());
    properties.put("place", m.location().name());
    properties.put("location_precision", m.location().precision().toString());
    properties.put("fatalities_min", m.fatalities() == null ? null : m.fatalities().min());
    properties.put("fatalities_max", m.fatalities() == null ? null : m.fatalities().max());
    properties.put("source_count", m.sources());
    properties.put(
        "sources", event.reports().stream().map(EventRow.Report::articleId).distinct().toList());
    return properties;
  }

  @Override
  public void end() throws IOException {
    out.write("\n]}\n");
  }
}
