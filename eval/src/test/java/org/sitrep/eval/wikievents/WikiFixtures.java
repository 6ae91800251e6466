package org.sitrep.eval.wikievents;

import java.util.List;
import org.sitrep.model.Argument;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventLocation;
import org.sitrep.model.EventType;
import org.sitrep.model.LocationPrecision;
import org.sitrep.model.Modality;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/** Invented WikiEvents-like documents and sitrep events for the scorer tests. */
final class WikiFixtures {
  /** Two sentences joined as the reader joins them. */
  static final String TEXT =
      "Gunmen stormed a police post in Ghazni and shot two guards."
          + TokenLayout.SEPARATOR
          + "Officer Rahim Noori died later; the Taliban claimed the raid.";

  private WikiFixtures() {}

  /** The {@code nth} (from 0) occurrence of {@code word} in {@link #TEXT}. */
  static TextSpan at(String word, int nth) {
    int start = -1;
    for (int i = 0; i <= nth; i++) {
      start = TEXT.indexOf(word, start + 1);
    }
    if (start < 0) {
      throw new IllegalArgumentException("no " + word + " #" + nth + " in the fixture");
    }
    return TextSpan.of(TEXT, start, start + word.length());
  }

  static TextSpan at(String word) {
    return at(word, 0);
  }

  static GoldArgument gold(String role, String word) {
    return new GoldArgument(role, "T-" + word, at(word), List.of());
  }

  /**
   * The gold: an attack (stormed) with attacker, target and place; a second attack (shot) whose
   * target "guards" is coreferent with the officer named in the next sentence; a death (died).
   */
  static WikiDocument document() {
    GoldEvent stormed =
        new GoldEvent(
            "E1",
            "Conflict.Attack.Unspecified",
            at("stormed"),
            0,
            List.of(gold("Attacker", "Gunmen"), gold("Target", "post"), gold("Place", "Ghazni")));
    GoldEvent shot =
        new GoldEvent(
            "E2",
            "Conflict.Attack.Unspecified",
            at("shot"),
            0,
            List.of(new GoldArgument("Target", "T-guards", at("guards"), List.of(at("Noori")))));
    GoldEvent died =
        new GoldEvent(
            "E3", "Life.Die.Unspecified", at("died"), 1, List.of(gold("Victim", "Noori")));
    List<TextSpan> sentences =
        List.of(
            TextSpan.of(TEXT, 0, TEXT.indexOf('\n')),
            TextSpan.of(TEXT, TEXT.indexOf("Officer"), TEXT.length()));
    return new WikiDocument("fixture", TEXT, sentences, List.of(stormed, shot, died), "test:1");
  }

  static Argument argument(String phrase) {
    TextSpan span = at(phrase);
    return new Argument(phrase, null, null, null, span.start(), span.end(), span.text());
  }

  static Event event(
      String id,
      EventType type,
      String mode,
      String trigger,
      List<Argument> actors,
      List<Argument> targets,
      List<Argument> victims,
      String place) {
    TextSpan where = place == null ? null : at(place);
    EventLocation location =
        where == null
            ? null
            : new EventLocation(
                place,
                null,
                null,
                null,
                null,
                null,
                null,
                LocationPrecision.UNKNOWN,
                where.start(),
                where.end(),
                where.text());
    TextSpan triggerSpan = at(trigger);
    return new Event(
        id,
        type,
        mode,
        mode == null ? List.of() : List.of(mode),
        null,
        triggerSpan,
        actors,
        targets,
        victims,
        List.of(),
        EventDate.unknown(),
        location,
        null,
        null,
        null,
        Modality.ASSERTED,
        null,
        List.of(new Span(0, TEXT.indexOf('\n'))),
        0.8);
  }
}
