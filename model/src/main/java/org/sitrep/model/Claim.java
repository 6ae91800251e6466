package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * Who says what: a direct quote, reported speech, or a relation the article states in its own
 * voice, with its cue, stance and what the content asserts in normalized form.
 *
 * @param id article-local id, {@code "C1"}, …
 * @param speaker who says it, or null when the text does not say (or the article itself says it)
 * @param cue the word that marks the claim ("said", "told", "according to"); for a quote with no
 *     verb, the quotation mark; null when the article states the claim in its own voice ("the
 *     Taliban, which is at odds with IS, …"), which sitrep records only for relations
 * @param content what is claimed: for a direct quote, the words inside the quotation marks
 * @param direct true for a quotation, false for reported speech
 * @param stance assert, deny, estimate, accuse, confirm, warn, …
 * @param quantity the number the claim asserts, or null
 * @param relations relations between actors the content asserts (A allied with B), in text order
 * @param events ids of the events ({@code "V1"}, …) whose trigger lies in the content: the events
 *     this claim reports
 */
public record Claim(
    String id,
    Speaker speaker,
    TextSpan cue,
    TextSpan content,
    boolean direct,
    String stance,
    QuantityClaim quantity,
    List<RelationClaim> relations,
    List<String> events) {
  public Claim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(stance, "stance");
    relations = List.copyOf(relations);
    events = List.copyOf(events);
    if (cue == null && (speaker != null || direct)) {
      throw new IllegalArgumentException(
          "a claim without a cue is the article's own voice: no speaker and not direct, got "
              + speaker
              + (direct ? ", direct" : ""));
    }
  }

  /** True when the article states this claim itself, with no one it attributes it to. */
  public boolean articleVoice() {
    return cue == null;
  }

  /** The same claim under another id. */
  public Claim withId(String newId) {
    return new Claim(newId, speaker, cue, content, direct, stance, quantity, relations, events);
  }

  /** The same claim asserting this number, or none. */
  public Claim withQuantity(QuantityClaim newQuantity) {
    return new Claim(id, speaker, cue, content, direct, stance, newQuantity, relations, events);
  }

  /** The same claim asserting these relations. */
  public Claim withRelations(List<RelationClaim> newRelations) {
    return new Claim(id, speaker, cue, content, direct, stance, quantity, newRelations, events);
  }

  /** The same claim reporting these events. */
  public Claim withEvents(List<String> eventIds) {
    return new Claim(id, speaker, cue, content, direct, stance, quantity, relations, eventIds);
  }
}
