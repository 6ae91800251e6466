package org.sitrep.eval.isaf;

/** A scored ISAF field, with its rule for "predicted is correct". */
public enum IsafField {
  /** Event start date, string equality. */
  DATE("date"),
  /** Event types, set equality. */
  EVENT_TYPE("event_type"),
  /** Provinces, set equality. */
  PROVINCE("province"),
  /** The first province only: is the main event's province the gold's first one. */
  PROVINCE_FIRST("province_first"),
  /** Target groups, set equality (no group is the empty set). */
  TARGET_GROUP("target_group"),
  /** Minimum killed, exact. */
  KILLED("killed"),
  /** Minimum captured, exact. */
  CAPTURED("captured");

  private final String label;

  IsafField(String label) {
    this.label = label;
  }

  /** The name reports and detail files use ("event_type"). */
  public String label() {
    return label;
  }

  /** Whether {@code predicted} gets this field right against {@code gold}. */
  public boolean correct(IsafFields gold, IsafFields predicted) {
    return switch (this) {
      case DATE -> gold.date() != null && gold.date().equals(predicted.date());
      case EVENT_TYPE -> gold.eventTypes().equals(predicted.eventTypes());
      case PROVINCE ->
          gold.provinces().stream()
              .sorted()
              .toList()
              .equals(predicted.provinces().stream().sorted().toList());
      case PROVINCE_FIRST ->
          gold.firstProvince() != null && gold.firstProvince().equals(predicted.firstProvince());
      case TARGET_GROUP -> gold.targetGroups().equals(predicted.targetGroups());
      case KILLED -> gold.killed() == predicted.killed();
      case CAPTURED -> gold.captured() == predicted.captured();
    };
  }
}
