package org.sitrep.ledger.event;

import java.util.Objects;

/**
 * An actor taking part in a ledger event, in one role, with how many of its sources say so.
 *
 * @param actorId the ledger actor id, or null for an unresolved name
 * @param name the actor's name as the first source gives it
 * @param role "actor", "target" or "victim"
 * @param sources how many reports name it in this role
 */
public record Participant(String actorId, String name, String role, int sources) {
  public Participant {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
  }
}
