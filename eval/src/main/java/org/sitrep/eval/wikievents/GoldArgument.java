package org.sitrep.eval.wikievents;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.TextSpan;

/**
 * One argument of a gold WikiEvents event: a role filled by an entity mention.
 *
 * @param role the KAIROS role ("Victim", "Place")
 * @param entityId the id of the gold entity mention ("doc-T3")
 * @param mention the mention in the article text (usually a head word)
 * @param coreferent other mentions of the same entity that also count as this argument: the
 *     informative mention that {@code dev_info.jsonl} gives for the same argument, when it differs
 */
public record GoldArgument(
    String role, String entityId, TextSpan mention, List<TextSpan> coreferent) {
  public GoldArgument {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(entityId, "entityId");
    Objects.requireNonNull(mention, "mention");
    coreferent = List.copyOf(coreferent);
  }
}
