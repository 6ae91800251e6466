package org.sitrep.ledger.event;

import java.util.List;
import java.util.stream.Collectors;
import org.sitrep.model.Argument;
import org.sitrep.model.Count;
import org.sitrep.model.EventDate;

/** Field values in the display form analysts read in rules and disagreements. */
final class Display {
  /** What a disagreement shows for a source that gives no value for the field. */
  static final String UNKNOWN = "unknown";

  private Display() {}

  static String date(EventDate date) {
    return date.value() == null ? UNKNOWN : date.value();
  }

  /** "12..12", or "15.." when open-ended. */
  static String count(Count count) {
    return count == null ? UNKNOWN : count.min() + ".." + (count.max() == null ? "" : count.max());
  }

  static String interval(Interval interval) {
    return interval.min() + ".." + (interval.max() == null ? "" : interval.max());
  }

  /** The arguments' names joined: "United States, Afghan forces"; "none named" when empty. */
  static String names(List<Argument> arguments) {
    return arguments.isEmpty()
        ? "none named"
        : arguments.stream().map(Argument::name).distinct().collect(Collectors.joining(", "));
  }

  /** The arguments' evidence texts joined, or null when there are none. */
  static String texts(List<Argument> arguments) {
    return arguments.isEmpty()
        ? null
        : arguments.stream().map(Argument::text).distinct().collect(Collectors.joining(" | "));
  }
}
