package org.sitrep.spark;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * What one run of the Spark job reads and writes.
 *
 * @param input the input folder (or one file), local or on a Hadoop file system
 * @param format how to read it
 * @param output the output folder; {@code jsonl/} and {@code parquet/} are written under it
 * @param partitions how many partitions to spread the records over; empty for four per core
 * @param gazetteer a gazetteer index file (from {@code sitrep gazetteer build}), or empty for the
 *     built-in gazetteer
 * @param overwrite whether to replace outputs that already exist
 */
public record JobOptions(
    String input,
    ArticleFormat format,
    String output,
    OptionalInt partitions,
    String gazetteer,
    boolean overwrite) {
  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(partitions, "partitions");
    Objects.requireNonNull(gazetteer, "gazetteer");
    if (partitions.isPresent() && partitions.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "partitions must be at least 1, got " + partitions.getAsInt());
    }
  }
}
