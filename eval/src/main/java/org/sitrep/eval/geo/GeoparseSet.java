package org.sitrep.eval.geo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The geoparsing gold sets, each a pair of files {@code NAME.input.jsonl} and {@code
 * NAME.gold.jsonl}.
 */
public enum GeoparseSet {
  /**
   * Local Global Lexicon: local US news (Lieberman et al. 2010). Its annotators also marked
   * adjectives of places ("Russian", "Georgian") as toponyms.
   */
  LGL(true),
  /** GeoVirus: news on disease outbreaks (Gritta et al. 2018); names only, no adjectives. */
  GEOVIRUS(false);

  private final boolean adjectivesAreToponyms;

  GeoparseSet(boolean adjectivesAreToponyms) {
    this.adjectivesAreToponyms = adjectivesAreToponyms;
  }

  /**
   * Whether the set's gold marks places named by adjectives ("Russian troops") as toponyms. When it
   * does not, the evaluation leaves the system's adjectival places out, as the annotators did.
   */
  public boolean adjectivesAreToponyms() {
    return adjectivesAreToponyms;
  }

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
  public static GeoparseSet of(String label) {
    for (GeoparseSet set : values()) {
      if (set.label().equalsIgnoreCase(label)) {
        return set;
      }
    }
    throw new IllegalArgumentException(
        "unknown geoparsing set '"
            + label
            + "'; known: "
            + Arrays.stream(values()).map(GeoparseSet::label).collect(Collectors.joining(", ")));
  }
}
