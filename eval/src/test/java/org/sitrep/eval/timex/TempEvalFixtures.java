package org.sitrep.eval.timex;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

/** Invented TempEval documents, written as a set's two files. */
final class TempEvalFixtures {
  static final ObjectMapper JSON = new ObjectMapper();

  static final String FLOOD =
      "The river rose on Monday morning and stayed high for three days. Crews return next week.";
  static final String VOTE = "Voters in Lorn went to the polls on March 3, 2001, every spring.";

  private TempEvalFixtures() {}

  static GoldTimex gold(String text, String phrase, TimexType type, String value) {
    int start = text.indexOf(phrase);
    return new GoldTimex(start, start + phrase.length(), phrase, type, value);
  }

  static TimeExpression timex(String text, String phrase, TimexType type, String value) {
    int start = text.indexOf(phrase);
    return new TimeExpression(start, start + phrase.length(), phrase, type, value);
  }

  static List<TimexDocument> documents() {
    return List.of(
        new TimexDocument(
            "flood",
            FLOOD,
            LocalDate.of(2001, 3, 7),
            "timebank.input.jsonl:1",
            List.of(
                gold(FLOOD, "Monday morning", TimexType.TIME, "2001-03-05TMO"),
                gold(FLOOD, "three days", TimexType.DURATION, "P3D"),
                gold(FLOOD, "next week", TimexType.DATE, "2001-W11"))),
        new TimexDocument(
            "vote",
            VOTE,
            LocalDate.of(2001, 3, 4),
            "timebank.input.jsonl:2",
            List.of(
                gold(VOTE, "March 3, 2001", TimexType.DATE, "2001-03-03"),
                gold(VOTE, "every spring", TimexType.SET, "XXXX-SP"))));
  }

  static void write(Path dir, TempEvalSet set, List<TimexDocument> documents) throws IOException {
    List<String> inputs = new ArrayList<>();
    List<String> golds = new ArrayList<>();
    for (TimexDocument document : documents) {
      ObjectNode input = JSON.createObjectNode();
      input.put("id", document.id());
      input.put("text", document.text());
      input.put("published", document.published().toString());
      inputs.add(JSON.writeValueAsString(input));
      ObjectNode gold = JSON.createObjectNode();
      gold.put("id", document.id());
      for (GoldTimex timex : document.times()) {
        gold.withArray("times")
            .addObject()
            .put("start", timex.start())
            .put("end", timex.end())
            .put("text", timex.text())
            .put("type", timex.type().name())
            .put("value", timex.value());
      }
      golds.add(JSON.writeValueAsString(gold));
    }
    Files.write(dir.resolve(set.inputFile()), inputs, StandardCharsets.UTF_8);
    Files.write(dir.resolve(set.goldFile()), golds, StandardCharsets.UTF_8);
  }
}
