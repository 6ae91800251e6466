package org.sitrep.spark;

import java.util.List;
import java.util.Locale;

/**
 * What a run of the Spark job read and wrote.
 *
 * @param files the input files read
 * @param skipped the files in the input folder with another extension, not read
 * @param accepted records extracted
 * @param rejected records rejected, each with its reason in the outputs
 * @param events events found in the accepted records
 * @param seconds wall time from listing the input to the last output written
 */
public record JobSummary(
    int files, List<String> skipped, long accepted, long rejected, long events, double seconds) {
  public JobSummary {
    skipped = List.copyOf(skipped);
  }

  /** Every record read, accepted or rejected. */
  public long records() {
    return accepted + rejected;
  }

  /** The summary line the job prints. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%d records from %d files: %d accepted, %d rejected; %d events; %.1f s, %.2f records/s",
        records(),
        files,
        accepted,
        rejected,
        events,
        seconds,
        seconds > 0 ? records() / seconds : 0.0);
  }
}
