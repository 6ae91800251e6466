package org.sitrep.eval.attribution;

import java.util.Objects;

/**
 * One PolNeAR attribution relation (a brat {@code E} line).
 *
 * @param id the relation's brat id, {@code E3}
 * @param source who says it; null for an {@code Attribution-no-source} relation
 * @param cue the word that marks it, or null when the annotator left the role out
 * @param content what is said, or null when the annotator left the role out
 */
public record GoldAttribution(
    String id, FragmentedSpan source, FragmentedSpan cue, FragmentedSpan content) {
  public GoldAttribution {
    Objects.requireNonNull(id, "id");
  }

  /** The span of {@code role}, or null. */
  public FragmentedSpan span(Role role) {
    return switch (role) {
      case SOURCE -> source;
      case CUE -> cue;
      case CONTENT -> content;
    };
  }
}
