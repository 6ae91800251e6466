package org.sitrep.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.sitrep.model.Argument;
import org.sitrep.model.Claim;
import org.sitrep.model.Count;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.Place;

/** A readable digest of one extraction for a person at a terminal ({@code --format pretty}). */
final class PrettyPrinter {
  private static final int QUOTE_CHARS = 110;

  private PrettyPrinter() {}

  static String digest(Extraction extraction) {
    StringBuilder out = new StringBuilder();
    var article = extraction.article();
    out.append("== ").append(article.id());
    if (article.title() != null) {
      out.append("  ").append(article.title());
    }
    out.append('\n');
    if (extraction.rejected() != null) {
      out.append("   REJECTED ")
          .append(extraction.rejected().reason())
          .append(": ")
          .append(extraction.rejected().detail())
          .append("\n\n");
      return out.toString();
    }
    out.append("   published ")
        .append(article.published() == null ? "unknown" : article.published())
        .append(" (from ")
        .append(article.publishedFrom())
        .append(")\n");
    article.warnings().forEach(w -> out.append("   warning: ").append(w).append('\n'));
    for (Event event : extraction.events()) {
      out.append(event(event));
    }
    for (Claim claim : extraction.claims()) {
      out.append("   ")
          .append(claim.id())
          .append(' ')
          .append(claim.speaker() == null ? "(unattributed)" : claim.speaker().name())
          .append(" [")
          .append(claim.stance())
          .append(claim.direct() ? ", quote" : "")
          .append("]: \"")
          .append(shorten(claim.content().text()))
          .append("\"\n");
    }
    if (!extraction.places().isEmpty()) {
      out.append("   places: ")
          .append(
              extraction.places().stream()
                  .map(PrettyPrinter::place)
                  .distinct()
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    if (!extraction.entities().isEmpty()) {
      out.append("   entities: ")
          .append(
              extraction.entities().stream()
                  .map(PrettyPrinter::entity)
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    return out.append('\n').toString();
  }

  private static String event(Event event) {
    StringBuilder line =
        new StringBuilder("   ").append(event.id()).append(' ').append(event.type());
    if (event.mode() != null) {
      line.append('/').append(event.mode());
    }
    if (event.acled() != null) {
      line.append(" [")
          .append(event.acled().eventType())
          .append(" > ")
          .append(event.acled().subEventType())
          .append(']');
    }
    line.append(' ').append(event.date().value() == null ? "date unknown" : event.date().value());
    if (event.location() != null) {
      line.append(" @ ").append(event.location().name());
      if (event.location().countryCode() != null) {
        line.append(", ").append(event.location().countryCode());
      }
    }
    line.append(" (").append(event.modality());
    if (event.attribution() != null) {
      line.append(" by ").append(event.attribution().source());
    }
    line.append(")\n      \"").append(event.trigger().text()).append('"');
    appendArguments(line, "actors", event.actors());
    appendArguments(line, "victims", event.victims());
    appendArguments(line, "targets", event.targets());
    appendCount(line, "killed", event.fatalities());
    appendCount(line, "injured", event.injured());
    appendCount(line, "captured", event.captured());
    return line.append('\n').toString();
  }

  private static void appendArguments(StringBuilder line, String label, List<Argument> arguments) {
    if (!arguments.isEmpty()) {
      line.append(" · ")
          .append(label)
          .append(": ")
          .append(arguments.stream().map(Argument::name).collect(Collectors.joining(", ")));
    }
  }

  private static void appendCount(StringBuilder line, String label, Count count) {
    if (count != null) {
      line.append(" · ").append(label).append(' ').append(count.min());
      if (count.max() == null) {
        line.append('+');
      } else if (count.max() != count.min()) {
        line.append('-').append(count.max());
      }
    }
  }

  private static String place(Place place) {
    if (!place.resolved()) {
      return place.text() + " (unresolved)";
    }
    return String.format(
        Locale.ROOT,
        "%s → %s, %s (%s)",
        place.text(),
        place.name(),
        place.countryCode(),
        place.feature());
  }

  private static String entity(Entity entity) {
    return entity.name()
        + " ("
        + entity.kind().toString().toLowerCase(Locale.ROOT)
        + ", "
        + entity.mentions().size()
        + ")";
  }

  private static String shorten(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() <= QUOTE_CHARS ? flat : flat.substring(0, QUOTE_CHARS - 1) + "…";
  }
}
