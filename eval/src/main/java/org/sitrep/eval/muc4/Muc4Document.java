package org.sitrep.eval.muc4;

import java.util.Objects;

/**
 * One MUC-4 document: the original upper-case wire text sitrep reads (with its dateline) and the
 * gold role fillers of its terrorist incidents, pooled over the document's templates.
 *
 * @param id the document id, "TST1-MUC3-0001"
 * @param text the text of {@code dev.input.jsonl}
 */
public record Muc4Document(String id, String text, RoleFillers gold) {
  public Muc4Document {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
  }
}
