package org.sitrep.store.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Export formats of the ledger, by the wire names {@code --format} takes. */
public enum Format {
  /** ACLED's columns where sitrep can fill them, then sitrep's own; RFC 4180 CSV, UTF-8. */
  ACLED_CSV("acled-csv"),
  /** One JSON object a line: the ledger event id, its merged values and every report. */
  JSONL("jsonl"),
  /** A GeoJSON FeatureCollection of the events with coordinates, as points. */
  GEOJSON("geojson");

  private final String wireName;

  Format(String wireName) {
    this.wireName = wireName;
  }

  /** The format a wire name stands for; the message lists the known ones. */
  public static Format of(String name) {
    for (Format format : values()) {
      if (format.wireName.equals(name.toLowerCase(Locale.ROOT))) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        "unknown export format '"
            + name
            + "'; known: "
            + Arrays.stream(values()).map(Format::toString).collect(Collectors.joining(", ")));
  }

  @Override
  public String toString() {
    return wireName;
  }
}
