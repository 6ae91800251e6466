package org.sitrep.input;

import java.nio.file.Path;
import java.util.List;

/**
 * The inputs named on the command line, with folders expanded.
 *
 * @param inputs what will be read, in order: as named, each folder's files sorted by path
 * @param skipped files inside folders left out because their extension is not .txt, .html, .htm or
 *     .jsonl; they yield no records, so callers should show them
 */
public record InputPlan(List<PlannedInput> inputs, List<Path> skipped) {
  public InputPlan {
    inputs = List.copyOf(inputs);
    skipped = List.copyOf(skipped);
  }
}
