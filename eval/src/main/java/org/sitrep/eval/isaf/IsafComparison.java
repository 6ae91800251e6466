package org.sitrep.eval.isaf;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One press release's gold coding beside sitrep's prediction.
 *
 * @param rejected whether the extractor rejected the article (its prediction is then empty)
 */
public record IsafComparison(String id, IsafFields gold, IsafFields predicted, boolean rejected) {
  public IsafComparison {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
  }

  /** Whether the prediction gets {@code field} right. */
  public boolean correct(IsafField field) {
    return field.correct(gold, predicted);
  }

  /** The fields the prediction gets wrong, in {@link IsafField} order. */
  public List<IsafField> mismatches() {
    return Arrays.stream(IsafField.values()).filter(field -> !correct(field)).toList();
  }
}
