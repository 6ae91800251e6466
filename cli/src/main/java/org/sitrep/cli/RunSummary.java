package org.sitrep.cli;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.sitrep.model.Extraction;

/** Counts of one run: records read, extracted, rejected by reason, events found, time taken. */
final class RunSummary {
  private final long startNanos = System.nanoTime();
  private long read;
  private long extracted;
  private long events;
  private long claims;
  private long elapsedNanos;
  private final Map<String, Long> rejectedByReason = new TreeMap<>();

  void add(Extraction extraction) {
    read++;
    if (extraction.rejected() != null) {
      rejectedByReason.merge(extraction.rejected().reason().toString(), 1L, Long::sum);
    } else {
      extracted++;
      events += extraction.events().size();
      claims += extraction.claims().size();
    }
  }

  RunSummary finish() {
    elapsedNanos = System.nanoTime() - startNanos;
    return this;
  }

  long read() {
    return read;
  }

  long rejected() {
    return read - extracted;
  }

  /** The closing line printed on stderr. */
  String line() {
    StringBuilder text = new StringBuilder("sitrep: read ").append(read).append(" records: ");
    text.append(extracted).append(" extracted, ").append(rejected()).append(" rejected");
    if (!rejectedByReason.isEmpty()) {
      text.append(" (");
      rejectedByReason.forEach(
          (reason, count) -> text.append(reason).append(' ').append(count).append(", "));
      text.setLength(text.length() - 2);
      text.append(')');
    }
    double seconds = elapsedNanos / 1e9;
    text.append("; ").append(events).append(" events, ").append(claims).append(" claims; ");
    text.append(String.format(Locale.ROOT, "%.1f s", seconds));
    if (seconds > 0 && extracted > 0) {
      text.append(String.format(Locale.ROOT, " (%.2f articles/s)", extracted / seconds));
    }
    return text.toString();
  }
}
