package org.sitrep.eval.timex;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The TempEval-3 training sets, each a pair of files {@code NAME.input.jsonl} and {@code
 * NAME.gold.jsonl}.
 */
public enum TempEvalSet {
  /** TimeBank 1.2: news and broadcast transcripts of 1989–1998 (the TBAQ-cleaned version). */
  TIMEBANK,
  /** AQUAINT: newswire of 1998–2000 (the TBAQ-cleaned version). */
  AQUAINT;

  /** The lower-case name the files and the command line use. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String inputFile() {
    return label() + ".input.jsonl";
  }

  public String goldFile() {
    return label() + ".gold.jsonl";
  }

  /**
   * The set a label names, in any case.
   *
   * @throws IllegalArgumentException for an unknown label, listing the known ones
   */
  public static TempEvalSet of(String label) {
    for (TempEvalSet set : values()) {
      if (set.label().equalsIgnoreCase(label)) {
        return set;
      }
    }
    throw new IllegalArgumentException(
        "unknown TempEval set '"
            + label
            + "'; known: "
            + Arrays.stream(values()).map(TempEvalSet::label).collect(Collectors.joining(", ")));
  }
}
