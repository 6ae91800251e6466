package org.sitrep.eval.wikievents;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.TextSpan;

/**
 * One gold WikiEvents event mention.
 *
 * @param id the gold id ("doc-E1")
 * @param type the KAIROS event type ("Conflict.Attack.DetonateExplode")
 * @param trigger the trigger in the article text
 * @param sentence the index of the trigger's sentence, from 0
 */
public record GoldEvent(
    String id, String type, TextSpan trigger, int sentence, List<GoldArgument> arguments) {
  public GoldEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence must be >= 0, got " + sentence);
    }
    arguments = List.copyOf(arguments);
  }
}
