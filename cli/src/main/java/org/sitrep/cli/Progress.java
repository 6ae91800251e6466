package org.sitrep.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress on stderr for long inputs: records done, articles per second and time left, at most
 * every two seconds, and only once a run has taken a few seconds (short runs stay quiet).
 */
final class Progress {
  private static final long EVERY_NANOS = 2_000_000_000L;
  private final PrintStream err;
  private final long total;
  private final long start = System.nanoTime();
  private long lastPrint = start;
  private final boolean enabled;

  Progress(PrintStream err, long total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  void tick(long done) {
    long now = System.nanoTime();
    if (!enabled || now - lastPrint < EVERY_NANOS) {
      return;
    }
    lastPrint = now;
    double seconds = (now - start) / 1e9;
    double rate = done / seconds;
    StringBuilder line = new StringBuilder("sitrep: ").append(done);
    if (total > 0) {
      line.append('/').append(total);
    }
    line.append(String.format(Locale.ROOT, " records, %.2f articles/s", rate));
    if (total > done && rate > 0) {
      long left = Math.round((total - done) / rate);
      line.append(String.format(Locale.ROOT, ", ETA %d:%02d", left / 60, left % 60));
    }
    err.println(line);
  }
}
