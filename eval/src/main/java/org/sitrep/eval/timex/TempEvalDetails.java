package org.sitrep.eval.timex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.sitrep.model.TimeExpression;

/**
 * Writes a {@link TempEvalReport} as JSON Lines, one line per gold time expression and one per
 * spurious system expression, for error analysis with {@code jq}.
 *
 * <p>A gold line: {@code set}, {@code id} (the document), {@code kind: "gold"}, {@code start},
 * {@code end}, {@code text}, {@code type}, {@code value} and {@code systems}: by system name,
 * {@code match} ({@code exact}, {@code overlap} or {@code missed}), {@code type_ok}, {@code
 * value_ok} and {@code predicted} (the matched expression or null). A spurious line: {@code set},
 * {@code id}, {@code kind: "spurious"}, {@code system} and {@code predicted}. A predicted
 * expression has {@code start}, {@code end}, {@code text}, {@code type} and {@code value} (null
 * when the system gave none).
 */
final class TempEvalDetails {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TempEvalDetails() {}

  static void write(TempEvalReport report, Writer writer) throws IOException {
    for (GoldOutcome outcome : report.gold()) {
      GoldTimex gold = outcome.gold();
      ObjectNode node = JSON.createObjectNode();
      node.put("set", report.set());
      node.put("id", outcome.documentId());
      node.put("kind", "gold");
      node.put("start", gold.start());
      node.put("end", gold.end());
      node.put("text", gold.text());
      node.put("type", gold.type().name());
      node.put("value", gold.value());
      ObjectNode systems = node.putObject("systems");
      for (String system : report.systems()) {
        TimexMatch match = outcome.of(system);
        ObjectNode one = systems.putObject(system);
        one.put("match", !match.matched() ? "missed" : match.exact() ? "exact" : "overlap");
        one.put("type_ok", match.typeCorrect(gold));
        one.put("value_ok", match.valueCorrect(gold));
        one.set("predicted", match.matched() ? timex(match.predicted()) : null);
      }
      line(writer, node);
    }
    for (SpuriousTimex spurious : report.spurious()) {
      ObjectNode node = JSON.createObjectNode();
      node.put("set", report.set());
      node.put("id", spurious.documentId());
      node.put("kind", "spurious");
      node.put("system", spurious.system());
      node.set("predicted", timex(spurious.predicted()));
      line(writer, node);
    }
    writer.flush();
  }

  private static ObjectNode timex(TimeExpression timex) {
    ObjectNode node = JSON.createObjectNode();
    node.put("start", timex.start());
    node.put("end", timex.end());
    node.put("text", timex.text());
    node.put("type", timex.type().name());
    node.put("value", timex.value());
    return node;
  }

  private static void line(Writer writer, ObjectNode node) throws IOException {
    writer.write(JSON.writeValueAsString(node));
    writer.write('\n');
  }
}
