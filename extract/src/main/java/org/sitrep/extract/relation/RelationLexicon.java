package org.sitrep.extract.relation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.RelationType;
import org.sitrep.model.data.TsvResource;

/**
 * The words that state how two actors stand to each other ({@code relations.tsv}): "alliance",
 * "joined forces", "at odds", "backed". Immutable and thread-safe.
 */
final class RelationLexicon {
  /** The part of speech a cue must have. */
  enum Pos {
    VERB,
    NOUN,
    ADJECTIVE
  }

  /**
   * How an actor hangs on a cue.
   *
   * @param marker a preposition ("with"), or {@code obj}, {@code poss}, {@code pair}, {@code
   *     each-other}
   * @param first true when the actor found this way is the relation's first actor (the supporter in
   *     "support from X"); false for the second
   */
  record Slot(String marker, boolean first) {}

  /**
   * One cue.
   *
   * @param needsRelation the relation of a dependent the cue must have, or null
   * @param needsLemma that dependent's lemma
   */
  record Cue(
      String lemma,
      Pos pos,
      String needsRelation,
      String needsLemma,
      RelationType relation,
      List<Slot> slots) {
    Cue {
      slots = List.copyOf(slots);
    }

    boolean has(String marker) {
      return slots.stream().anyMatch(s -> s.marker().equals(marker));
    }
  }

  private static final Set<String> SPECIAL_SLOTS = Set.of("obj", "poss", "pair", "each-other");

  /** The cues by part of speech and lemma: every token of every article is looked up. */
  private final Map<Pos, Map<String, List<Cue>>> cues;

  private RelationLexicon(List<Cue> cues) {
    Map<Pos, Map<String, List<Cue>>> index = new EnumMap<>(Pos.class);
    for (Cue cue : cues) {
      index
          .computeIfAbsent(cue.pos(), p -> new HashMap<>())
          .computeIfAbsent(cue.lemma(), l -> new ArrayList<>())
          .add(cue);
    }
    this.cues = index;
  }

  static RelationLexicon bundled() {
    List<Cue> cues = new ArrayList<>();
    for (TsvResource.Row row : TsvResource.read(RelationLexicon.class, "relations.tsv", 6)) {
      cues.add(cue(row));
    }
    return new RelationLexicon(cues);
  }

  private static Cue cue(TsvResource.Row row) {
    Pos pos;
    try {
      pos = Pos.valueOf(row.get(1).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw row.error("pos must be verb, noun or adjective, got " + row.get(1));
    }
    String needs = row.get(2);
    String needsRelation = null;
    String needsLemma = null;
    if (!needs.equals("-")) {
      int colon = needs.lastIndexOf(':');
      if (colon <= 0 || colon == needs.length() - 1) {
        throw row.error("needs must be relation:lemma or -, got " + needs);
      }
      needsRelation = needs.substring(0, colon);
      needsLemma = needs.substring(colon + 1);
    }
    RelationType relation;
    try {
      relation = RelationType.of(row.get(3));
    } catch (IllegalArgumentException e) {
      throw row.error(e.getMessage());
    }
    List<Slot> slots = new ArrayList<>();
    for (String marker : row.get(4).split("\\|")) {
      boolean first = marker.startsWith("<");
      String name = first ? marker.substring(1) : marker;
      if (name.isEmpty() || (first && SPECIAL_SLOTS.contains(name))) {
        throw row.error("bad object slot " + marker);
      }
      slots.add(new Slot(name, first));
    }
    return new Cue(row.get(0), pos, needsRelation, needsLemma, relation, slots);
  }

  /** The cues a word with this lemma and part of speech may be. */
  List<Cue> cuesFor(String lemma, Pos pos) {
    return cues.getOrDefault(pos, Map.of()).getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
  }
}
