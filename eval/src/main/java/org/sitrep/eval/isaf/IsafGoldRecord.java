package org.sitrep.eval.isaf;

import java.util.Objects;

/** One hand-coded ISAF press release: its text and its gold fields. */
public record IsafGoldRecord(String id, String text, IsafFields gold) {
  public IsafGoldRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
  }
}
