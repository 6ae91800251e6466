package org.sitrep.eval.acled;

import java.util.Objects;

/** How many items of gold label {@code gold} got the different label {@code predicted}. */
public record Confusion(String gold, String predicted, int count) {
  public Confusion {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (gold.equals(predicted) || count < 1) {
      throw new IllegalArgumentException(
          "a confusion needs two labels and a count >= 1, got "
              + gold
              + " -> "
              + predicted
              + " x"
              + count);
    }
  }
}
