package org.sitrep.eval.acled;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.Event;

/** Writes a {@link CaseReport} as JSON Lines, one line per snippet; see {@link CaseReport}. */
final class CaseDetails {
  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseDetails() {}

  static void write(CaseReport report, Writer writer) throws IOException {
    for (SnippetOutcome outcome : report.outcomes()) {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", outcome.snippet().id());
      node.put("text", outcome.snippet().text());
      node.put("gold", outcome.snippet().gold());
      String predicted = report.predicted(outcome, report.rule());
      node.put("predicted", predicted);
      node.put("correct", predicted.equals(outcome.snippet().gold()));
      ObjectNode byRule = node.putObject("by_rule");
      for (SnippetRule rule : SnippetRule.values()) {
        byRule.put(rule.label(), report.predicted(outcome, rule));
      }
      node.put("failure", outcome.failure());
      ArrayNode events = node.putArray("events");
      for (Event event : outcome.events()) {
        events.add(event(event, report.labels()));
      }
      writer.write(JSON.writeValueAsString(node));
      writer.write('\n');
    }
    writer.flush();
  }

  private static ObjectNode event(Event event, CaseLabels labels) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", event.id());
    node.put("type", event.type().name());
    node.put("mode", event.mode());
    node.put("acled_event_type", event.acled() == null ? null : event.acled().eventType());
    node.put("acled_sub_event_type", event.acled() == null ? null : event.acled().subEventType());
    node.put("code", event.acled() == null ? null : SnippetRule.code(event, labels));
    node.put("trigger", event.trigger().text());
    node.put("modality", event.modality().toString());
    node.put("confidence", event.confidence());
    return node;
  }
}
