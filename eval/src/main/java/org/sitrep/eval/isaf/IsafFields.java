package org.sitrep.eval.isaf;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The fields the ISAF coding scores, for one press release: either the gold coding or what sitrep
 * predicts. Lists that the score treats as sets are kept sorted and distinct, so {@code equals}
 * compares them as sets.
 *
 * @param date event start date {@code YYYY-MM-DD} (a predicted date may be {@code YYYY-MM} or
 *     {@code YYYY}, which then never matches), or null when unknown
 * @param eventTypes ISAF event types ("detention", "airstrike"), sorted and distinct
 * @param provinces provinces in ISAF spelling, most important first, distinct
 * @param targetGroups ISAF target groups ("taliban", "haqqani"), sorted and distinct; empty for
 *     none (the gold's {@code [""]})
 * @param killed minimum number killed
 * @param captured minimum number captured
 */
public record IsafFields(
    String date,
    List<String> eventTypes,
    List<String> provinces,
    List<String> targetGroups,
    long killed,
    long captured) {
  public IsafFields {
    eventTypes = sortedLabels("eventTypes", eventTypes);
    provinces = distinctLabels("provinces", provinces);
    targetGroups = sortedLabels("targetGroups", targetGroups);
    if (killed < 0 || captured < 0) {
      throw new IllegalArgumentException(
          "killed and captured must be >= 0, got " + killed + " and " + captured);
    }
  }

  /** What a release with nothing extracted predicts. */
  public static IsafFields empty() {
    return new IsafFields(null, List.of(), List.of(), List.of(), 0, 0);
  }

  /** The first province, or null when there is none. */
  public String firstProvince() {
    return provinces.isEmpty() ? null : provinces.get(0);
  }

  private static List<String> sortedLabels(String field, List<String> labels) {
    return List.copyOf(new TreeSet<>(distinctLabels(field, labels)));
  }

  private static List<String> distinctLabels(String field, List<String> labels) {
    Objects.requireNonNull(labels, field);
    for (String label : labels) {
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException(field + " must not hold blank labels: " + labels);
      }
    }
    return List.copyOf(new ArrayList<>(new LinkedHashSet<>(labels)));
  }
}
