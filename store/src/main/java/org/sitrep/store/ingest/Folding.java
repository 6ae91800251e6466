package org.sitrep.store.ingest;

import java.text.Normalizer;
import java.util.Locale;

/** Names and texts folded for comparison: lower case, accents dropped, punctuation as spaces. */
public final class Folding {
  private Folding() {}

  /** "Kōṯ" → "kot", "Resolute-Support" → "resolute support". */
  public static String fold(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
