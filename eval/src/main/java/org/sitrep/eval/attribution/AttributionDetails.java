package org.sitrep.eval.attribution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.sitrep.model.Span;

/**
 * Writes an {@link AttributionReport} as JSON Lines for error analysis with {@code jq}.
 *
 * <p>A gold line: {@code doc}, {@code kind: "gold"}, {@code id}, {@code source}, {@code cue},
 * {@code content} (each {@code start}, {@code end}, {@code text}, and {@code fragments} when
 * discontinuous; null when absent) and {@code systems}: per system, {@code pair_overlap} (the
 * prediction matched on source and content by overlap, or null), {@code pair_exact} and {@code
 * content_overlap} (whether it matched under those scores). A spurious line, one per prediction
 * that matches no gold attribution on source and content by overlap: {@code doc}, {@code kind:
 * "spurious"}, {@code system}, {@code source}, {@code cue}, {@code content} and {@code
 * content_overlap} (whether its content alone matched).
 */
final class AttributionDetails {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AttributionDetails() {}

  static void write(AttributionReport report, Writer writer) throws IOException {
    List<PolnearDocument> documents = report.documents();
    for (int d = 0; d < documents.size(); d++) {
      PolnearDocument document = documents.get(d);
      for (int g = 0; g < document.gold().size(); g++) {
        line(writer, gold(report, d, g));
      }
      for (SystemRun run : report.runs()) {
        DocumentOutcome outcome = run.outcomes().get(d);
        for (int p = 0; p < outcome.predicted().size(); p++) {
          if (!outcome.matched(p, SpanMatcher.OVERLAP, true)) {
            ObjectNode node = predicted(document.text(), outcome.predicted().get(p));
            node.put("content_overlap", outcome.matched(p, SpanMatcher.OVERLAP, false));
            ObjectNode line = JSON.createObjectNode();
            line.put("doc", document.name());
            line.put("kind", "spurious");
            line.put("system", run.system());
            line.setAll(node);
            line(writer, line);
          }
        }
      }
    }
    writer.flush();
  }

  private static ObjectNode gold(AttributionReport report, int d, int g) {
    PolnearDocument document = report.documents().get(d);
    GoldAttribution attribution = document.gold().get(g);
    String text = document.text();
    ObjectNode node = JSON.createObjectNode();
    node.put("doc", document.name());
    node.put("kind", "gold");
    node.put("id", attribution.id());
    for (Role role : Role.values()) {
      node.set(role.name().toLowerCase(java.util.Locale.ROOT), span(text, attribution.span(role)));
    }
    ObjectNode systems = node.putObject("systems");
    for (SystemRun run : report.runs()) {
      DocumentOutcome outcome = run.outcomes().get(d);
      ObjectNode system = systems.putObject(run.system());
      system.set(
          "pair_overlap",
          outcome
              .matchOfGold(g, SpanMatcher.OVERLAP, true)
              .<ObjectNode>map(p -> predicted(text, p))
              .orElse(null));
      system.put("pair_exact", outcome.matchOfGold(g, SpanMatcher.EXACT, true).isPresent());
      system.put("content_overlap", outcome.matchOfGold(g, SpanMatcher.OVERLAP, false).isPresent());
    }
    return node;
  }

  private static ObjectNode predicted(String text, PredictedAttribution attribution) {
    ObjectNode node = JSON.createObjectNode();
    for (Role role : Role.values()) {
      Span span = attribution.span(role);
      node.set(
          role.name().toLowerCase(java.util.Locale.ROOT),
          span == null ? null : span(text, FragmentedSpan.of(span)));
    }
    return node;
  }

  private static ObjectNode span(String text, FragmentedSpan span) {
    if (span == null) {
      return null;
    }
    ObjectNode node = JSON.createObjectNode();
    node.put("start", span.start());
    node.put("end", span.end());
    node.put("text", span.text(text));
    if (span.fragments().size() > 1) {
      ArrayNode fragments = node.putArray("fragments");
      for (Span fragment : span.fragments()) {
        fragments.addArray().add(fragment.start()).add(fragment.end());
      }
    }
    return node;
  }

  private static void line(Writer writer, ObjectNode node) throws IOException {
    writer.write(JSON.writeValueAsString(node));
    writer.write('\n');
  }
}
