package org.sitrep.eval.muc4;

import java.util.Objects;

/**
 * One document's gold and predicted role fillers, with their counts.
 *
 * @param rejected whether the extractor rejected the article (it then predicts nothing)
 */
public record Muc4Comparison(
    String id, RoleFillers gold, RoleFillers predicted, boolean rejected, Muc4Score score) {
  public Muc4Comparison {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(score, "score");
  }

  /** The comparison of {@code predicted} with {@code gold}, scored by {@link CeafRee}. */
  public static Muc4Comparison of(
      String id, RoleFillers gold, RoleFillers predicted, boolean rejected) {
    return new Muc4Comparison(id, gold, predicted, rejected, CeafRee.score(gold, predicted));
  }
}
