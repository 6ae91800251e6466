package org.sitrep.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.Token;

/**
 * What kind of thing a participant is, by its head lemma ({@code object-classes.tsv}): troops,
 * weapons, territory, an agreement, a base, protesters, a mob, a civilian place. Triggers that need
 * an object class and the ACLED conditions read it. Immutable; thread-safe.
 */
final class ObjectClasses {
  static final String TERRITORY = "territory";

  private final Map<String, String> classes = new HashMap<>();

  ObjectClasses() {
    for (TsvResource.Row row : TsvResource.read(ObjectClasses.class, "object-classes.tsv", 3)) {
      if (classes.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1)) != null) {
        throw row.error("duplicate lemma " + row.get(0));
      }
    }
  }

  /** Whether the class is one the data file names. */
  boolean known(String objectClass) {
    return classes.containsValue(objectClass);
  }

  String classOf(Token token) {
    return classes.get(token.lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether any of the participants' heads is of the class. */
  boolean any(List<EventDraft.Participant> participants, DependencyGraph graph, String wanted) {
    for (EventDraft.Participant participant : participants) {
      if (wanted.equals(classOf(graph.token(participant.head())))) {
        return true;
      }
    }
    return false;
  }

  /** Whether what the event acts on (targets, victims, instruments) holds the class. */
  boolean objectIs(EventDraft draft, DependencyGraph graph, String wanted) {
    return any(draft.targets, graph, wanted)
        || any(draft.victims, graph, wanted)
        || any(draft.instruments, graph, wanted);
  }

  /**
   * Whether a place or position, and no person, is what the event took: a territory noun ("the
   * town", "control") or a named place ("captured Aleppo").
   */
  boolean takesTerritory(EventDraft draft, DependencyGraph graph, EntityIndex entities) {
    if (!draft.victims.isEmpty()) {
      // "arrested two men … in Gardez district, Paktiya province": people taken make it an
      // arrest or an attack on them, whatever place the parse also hangs on the trigger
      return false;
    }
    if (any(draft.targets, graph, TERRITORY)) {
      return true;
    }
    for (EventDraft.Participant target : draft.targets) {
      Token head = graph.token(target.head());
      Entity entity = entities.covering(head.start(), head.end()).orElse(null);
      if (entity != null
          && (entity.kind() == EntityKind.PLACE || entity.kind() == EntityKind.COUNTRY)) {
        return true;
      }
    }
    return false;
  }
}
