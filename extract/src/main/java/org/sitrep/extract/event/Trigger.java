package org.sitrep.extract.event;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.EventType;

/**
 * One entry of the trigger lexicon.
 *
 * @param lemmas the lemma sequence that marks the event ("air", "strike")
 * @param verbal true for verbs, false for nouns
 * @param mode PLOVER mode the word itself implies, or null
 * @param effect what happens to the object: kill, injure, capture, harm or none
 * @param weight prior confidence that the word marks a real event
 * @param object the object class the trigger needs among its participants, or null
 */
record Trigger(
    List<String> lemmas,
    boolean verbal,
    EventType type,
    String mode,
    String effect,
    double weight,
    String object) {
  Trigger {
    lemmas = List.copyOf(lemmas);
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(effect, "effect");
  }
}
