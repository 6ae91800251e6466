package org.sitrep.model;

import java.util.Objects;

/**
 * A participant of an event: its mention in the text and, when known, the entity it belongs to.
 *
 * @param name canonical name (the entity's, else the mention's head phrase)
 * @param entity article-local entity id, or null
 * @param actorId actor catalogue id, or null
 * @param actorType ACLED-style actor type: the catalogue's for a known actor, else the one its head
 *     noun implies ("gunmen": unidentified armed group; "police": state forces), or null
 */
public record Argument(
    String name, String entity, String actorId, String actorType, int start, int end, String text) {
  public Argument {
    Objects.requireNonNull(name, "name");
    new TextSpan(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
