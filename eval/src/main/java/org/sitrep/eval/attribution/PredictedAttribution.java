package org.sitrep.eval.attribution;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One attribution a system predicts, in char offsets into the article's text.
 *
 * @param source who says it, or null when the system names no one
 * @param cue the word that marks it ("said", "according to"), or null when the system gives none
 * @param content what is said
 */
public record PredictedAttribution(Span source, Span cue, Span content) {
  public PredictedAttribution {
    Objects.requireNonNull(content, "content");
  }

  /** The span of {@code role}, or null. */
  public Span span(Role role) {
    return switch (role) {
      case SOURCE -> source;
      case CUE -> cue;
      case CONTENT -> content;
    };
  }
}
