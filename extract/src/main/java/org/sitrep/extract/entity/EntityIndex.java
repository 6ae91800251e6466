package org.sitrep.extract.entity;

import java.util.List;
import java.util.Optional;
import org.sitrep.model.Entity;
import org.sitrep.model.TextSpan;

/** Looks up which entity a position of the text belongs to. */
public final class EntityIndex {
  private final List<Entity> entities;

  public EntityIndex(List<Entity> entities) {
    this.entities = List.copyOf(entities);
  }

  /** The entity with a mention covering the char range {@code [start, end)}. */
  public Optional<Entity> covering(int start, int end) {
    for (Entity entity : entities) {
      for (TextSpan mention : entity.mentions()) {
        if (mention.start() <= start && end <= mention.end()) {
          return Optional.of(entity);
        }
      }
    }
    return Optional.empty();
  }

  public List<Entity> entities() {
    return entities;
  }
}
