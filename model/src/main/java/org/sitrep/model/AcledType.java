package org.sitrep.model;

import java.util.Objects;

/** ACLED event type and sub-event type ("Explosions/Remote violence", "Air/drone strike"). */
public record AcledType(String eventType, String subEventType) {
  public AcledType {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(subEventType, "subEventType");
  }
}
