package org.sitrep.eval.acled;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.Event;
import org.sitrep.model.Modality;

/**
 * How one label is chosen for a snippet from its events. A snippet often yields several (the
 * airstrike, the deaths it caused, the arrests that followed); the task gives it one code.
 *
 * <p>Every rule looks only at events with an ACLED type, and among those only at the factual ones
 * (asserted or reported) when there is any: a denied, threatened or hypothetical event is what the
 * snippet is about only when nothing happened for real. No coded event predicts {@link
 * CaseLabels#NONE}. Ties go to the event whose trigger comes first.
 */
public enum SnippetRule {
  /**
   * The coded event whose trigger comes first in the text: news writing puts the event it reports
   * first and its context (causes, reactions, earlier fighting) after.
   */
  FIRST("first"),
  /** The coded event with the highest confidence. */
  CONFIDENT("confident"),
  /**
   * The coded event of the most violent ACLED event type (explosions, then battles, violence
   * against civilians, riots, protests, strategic developments), by confidence within a type: a
   * snippet about an attack often also mentions the arrests or talks around it, and the attack is
   * what it reports.
   */
  VIOLENT_FIRST("violent-first");

  private final String label;

  SnippetRule(String label) {
    this.label = label;
  }

  /** The rule's name in tables and details. */
  public String label() {
    return label;
  }

  /** The chosen event's code, or {@link CaseLabels#NONE}. */
  public String predict(List<Event> events, CaseLabels labels) {
    return choose(events, labels).map(e -> code(e, labels)).orElse(CaseLabels.NONE);
  }

  /** The chosen event, empty when no event has an ACLED type. */
  public Optional<Event> choose(List<Event> events, CaseLabels labels) {
    List<Event> coded = events.stream().filter(e -> e.acled() != null).toList();
    List<Event> factual = coded.stream().filter(SnippetRule::factual).toList();
    List<Event> candidates = factual.isEmpty() ? coded : factual;
    return candidates.stream().min(order(labels));
  }

  /**
   * The task's code for an event's ACLED type.
   *
   * @throws IllegalStateException when the label table has no code for it: sitrep emitted a
   *     sub-event type the table does not know, a bug in the table
   */
  static String code(Event event, CaseLabels labels) {
    return labels
        .code(event.acled())
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "case-labels.tsv has no code for ACLED sub-event type "
                        + event.acled().subEventType()));
  }

  private Comparator<Event> order(CaseLabels labels) {
    Comparator<Event> first = Comparator.comparingInt(e -> e.trigger().start());
    Comparator<Event> confident =
        Comparator.comparingDouble((Event e) -> e.confidence()).reversed().thenComparing(first);
    return switch (this) {
      case FIRST -> first;
      case CONFIDENT -> confident;
      case VIOLENT_FIRST ->
          Comparator.comparingInt((Event e) -> labels.precedence(code(e, labels)))
              .thenComparing(confident);
    };
  }

  private static boolean factual(Event event) {
    return event.modality() == Modality.ASSERTED || event.modality() == Modality.REPORTED;
  }
}
