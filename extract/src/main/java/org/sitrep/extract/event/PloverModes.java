package org.sitrep.extract.event;

import java.util.HashSet;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.data.TsvResource;

/** The modes PLOVER gives each event type ({@code plover.tsv}). Immutable; thread-safe. */
final class PloverModes {
  private final Set<String> allowed = new HashSet<>();

  PloverModes() {
    for (TsvResource.Row row : TsvResource.read(PloverModes.class, "plover.tsv", 3)) {
      EventType.valueOf(row.get(0));
      allowed.add(row.get(0) + "/" + row.get(1));
    }
  }

  /** Whether {@code mode} is one of the type's modes; "-" (no mode) always is. */
  boolean allows(EventType type, String mode) {
    return mode.equals("-") || allowed.contains(type.name() + "/" + mode);
  }
}
