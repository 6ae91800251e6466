package org.sitrep.eval.wikievents;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Event;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * One sitrep event as scored on WikiEvents.
 *
 * @param id sitrep's id ("V1")
 * @param plover the PLOVER type and main mode ("ASSAULT/aerial")
 * @param kairos the KAIROS type it maps to, or null when KAIROS has none
 * @param trigger the main trigger
 * @param evidence the sentences of every mention sitrep merged into the event
 * @param arguments its arguments under KAIROS roles; empty when {@code kairos} is null
 */
public record PredictedEvent(
    String id,
    String plover,
    String kairos,
    TextSpan trigger,
    List<Span> evidence,
    List<PredictedArgument> arguments) {
  public PredictedEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(plover, "plover");
    Objects.requireNonNull(trigger, "trigger");
    evidence = List.copyOf(evidence);
    arguments = List.copyOf(arguments);
    if (kairos == null && !arguments.isEmpty()) {
      throw new IllegalArgumentException("event " + id + " has arguments but no KAIROS type");
    }
  }

  /** {@code event} read through {@code mapping}. */
  public static PredictedEvent of(Event event, KairosMapping mapping) {
    String kairos = mapping.typeOf(event).orElse(null);
    String plover = event.type() + (event.mode() == null ? "" : "/" + event.mode());
    return new PredictedEvent(
        event.id(),
        plover,
        kairos,
        event.trigger(),
        event.evidence(),
        kairos == null ? List.of() : mapping.arguments(event, kairos));
  }
}
