package org.sitrep.eval.wikievents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.sitrep.model.TextSpan;

/**
 * Writes a {@link WikiEventsReport} as JSON Lines for error analysis with {@code jq}.
 *
 * <p>A gold line: {@code doc}, {@code kind: "gold"}, {@code id}, {@code type}, {@code trigger}
 * ({@code start}, {@code end}, {@code text}), {@code sentence} (its text), {@code sitrep} (the
 * matched event or null), {@code merged_into} (the ids of sitrep events with a mention in the same
 * sentence, for a gold event no trigger found: sitrep keeps one trigger per merged event), {@code
 * arguments} (each gold argument with {@code role}, {@code mapped}, {@code mention}, {@code
 * coreferent} and {@code found}: the matched sitrep argument with {@code via}, or null) and {@code
 * spurious_arguments} (the matched event's arguments that match no gold one). A spurious line:
 * {@code doc}, {@code kind: "spurious"}, {@code sentence} and the sitrep event. A sitrep event has
 * {@code id}, {@code plover}, {@code kairos}, {@code trigger} and {@code arguments}.
 */
final class WikiEventsDetails {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WikiEventsDetails() {}

  static void write(WikiEventsReport report, Writer writer) throws IOException {
    for (DocumentOutcome outcome : report.documents()) {
      WikiDocument document = outcome.document();
      for (int g = 0; g < document.events().size(); g++) {
        line(writer, gold(report, outcome, g));
      }
      for (int p = 0; p < outcome.predicted().size(); p++) {
        if (outcome.pairOfPredicted(p).isEmpty()) {
          PredictedEvent event = outcome.predicted().get(p);
          ObjectNode node = JSON.createObjectNode();
          node.put("doc", document.id());
          node.put("kind", "spurious");
          node.put("sentence", sentence(document, event.trigger()));
          node.set("sitrep", predicted(event));
          line(writer, node);
        }
      }
    }
    writer.flush();
  }

  private static ObjectNode gold(WikiEventsReport report, DocumentOutcome outcome, int g) {
    WikiDocument document = outcome.document();
    GoldEvent event = document.events().get(g);
    Optional<EventPair> pair = outcome.pairOfGold(g);
    PredictedEvent found = pair.map(p -> outcome.predicted().get(p.predicted())).orElse(null);
    ObjectNode node = JSON.createObjectNode();
    node.put("doc", document.id());
    node.put("kind", "gold");
    node.put("id", event.id());
    node.put("type", event.type());
    node.set("trigger", span(event.trigger()));
    node.put("sentence", document.sentences().get(event.sentence()).text());
    node.set("sitrep", found == null ? null : predicted(found));
    ArrayNode merged = node.putArray("merged_into");
    if (found == null) {
      TextSpan sentence = document.sentences().get(event.sentence());
      outcome.predicted().stream()
          .filter(p -> p.evidence().stream().anyMatch(e -> e.overlaps(sentence.span())))
          .forEach(p -> merged.add(p.id()));
    }
    ArrayNode arguments = node.putArray("arguments");
    List<ArgumentMatch> matches = pair.map(EventPair::arguments).orElse(List.of());
    for (int a = 0; a < event.arguments().size(); a++) {
      GoldArgument argument = event.arguments().get(a);
      ObjectNode one = arguments.addObject();
      one.put("role", argument.role());
      one.put("mapped", report.roles().contains(argument.role()));
      one.set("mention", span(argument.mention()));
      ArrayNode coreferent = one.putArray("coreferent");
      argument.coreferent().forEach(m -> coreferent.add(span(m)));
      int index = a;
      Optional<ArgumentMatch> match = matches.stream().filter(m -> m.gold() == index).findFirst();
      one.set(
          "found",
          match
              .<ObjectNode>map(
                  m -> {
                    ObjectNode f = argument(found.arguments().get(m.predicted()));
                    f.put("via", m.coreferent() ? "coreferent" : "mention");
                    return f;
                  })
              .orElse(null));
    }
    ArrayNode spurious = node.putArray("spurious_arguments");
    if (found != null) {
      for (int p = 0; p < found.arguments().size(); p++) {
        int index = p;
        if (matches.stream().noneMatch(m -> m.predicted() == index)) {
          spurious.add(argument(found.arguments().get(p)));
        }
      }
    }
    return node;
  }

  private static ObjectNode predicted(PredictedEvent event) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", event.id());
    node.put("plover", event.plover());
    node.put("kairos", event.kairos());
    node.set("trigger", span(event.trigger()));
    ArrayNode arguments = node.putArray("arguments");
    event.arguments().forEach(a -> arguments.add(argument(a)));
    return node;
  }

  private static ObjectNode argument(PredictedArgument argument) {
    ObjectNode node = span(new TextSpan(argument.start(), argument.end(), argument.text()));
    node.put("role", argument.role());
    return node;
  }

  private static ObjectNode span(TextSpan span) {
    ObjectNode node = JSON.createObjectNode();
    node.put("start", span.start());
    node.put("end", span.end());
    node.put("text", span.text());
    return node;
  }

  private static String sentence(WikiDocument document, TextSpan trigger) {
    return document.sentences().stream()
        .filter(s -> s.span().encloses(trigger.span()))
        .findFirst()
        .map(TextSpan::text)
        .orElse(null);
  }

  private static void line(Writer writer, ObjectNode node) throws IOException {
    writer.write(JSON.writeValueAsString(node));
    writer.write('\n');
  }
}
