package org.sitrep.model;

import java.util.Objects;

/**
 * Who makes a claim. A description ("a tribal leader in Hisha Mina") is kept as such; {@code
 * entity} links it to an entity of the article when one fits.
 */
public record Speaker(String name, String entity, String actorId, int start, int end, String text) {
  public Speaker {
    Objects.requireNonNull(name, "name");
    new TextSpan(start, end, text);
  }
}
