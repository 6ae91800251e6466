package org.sitrep.eval.attribution;

import java.util.Locale;

/** The parts of an attribution that PolNeAR marks: who, the word that marks it, and what. */
public enum Role {
  SOURCE,
  CUE,
  CONTENT;

  /** The brat role name: {@code Source}, {@code Cue}, {@code Content}. */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
