package org.sitrep.eval.timex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.timex.TempEvalFixtures.FLOOD;
import static org.sitrep.eval.timex.TempEvalFixtures.VOTE;
import static org.sitrep.eval.timex.TempEvalFixtures.timex;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;

class TempEvalEvaluationTest {
  @TempDir Path dir;

  /** Finds every gold expression with its gold type and value. */
  private static List<TimeExpression> perfect(Article article) {
    return TempEvalFixtures.documents().stream()
        .filter(d -> d.id().equals(article.id()))
        .flatMap(d -> d.times().stream())
        .map(g -> new TimeExpression(g.start(), g.end(), g.text(), g.type(), g.value()))
        .toList();
  }

  /**
   * On the flood: "Monday" (overlap, wrong value), "three days" (exact, wrong type, value right
   * after normalization), "high" (spurious). On the vote: one span over both gold expressions.
   */
  private static List<TimeExpression> partial(Article article) {
    if (article.id().equals("flood")) {
      return List.of(
          timex(FLOOD, "Monday", TimexType.TIME, "2001-03-05"),
          timex(FLOOD, "three days", TimexType.DATE, "p3d "),
          timex(FLOOD, "high", TimexType.DATE, null));
    }
    return List.of(timex(VOTE, "March 3, 2001, every spring", TimexType.DATE, "2001-03-03"));
  }

  private TempEvalReport report() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.TIMEBANK, TempEvalFixtures.documents());
    Map<String, Function<Article, List<TimeExpression>>> systems = new LinkedHashMap<>();
    systems.put("partial", TempEvalEvaluationTest::partial);
    systems.put("perfect", TempEvalEvaluationTest::perfect);
    return new TempEvalEvaluation(systems, 2).evaluate(dir, TempEvalSet.TIMEBANK, 10);
  }

  @Test
  void a_system_finding_every_gold_expression_scores_one_everywhere() throws IOException {
    TimexScore score = report().score("perfect");
    assertThat(score).isEqualTo(new TimexScore(5, 5, 5, 5, 5, 5));
    assertThat(score.strictF1()).isEqualTo(1);
    assertThat(score.valueF1()).isEqualTo(1);
  }

  @Test
  void scores_strict_and_relaxed_spans_type_and_value_as_tempeval_does() throws IOException {
    TimexScore score = report().score("partial");
    assertThat(score).isEqualTo(new TimexScore(5, 4, 1, 3, 2, 2));
    assertThat(score.strictPrecision()).isEqualTo(0.25);
    assertThat(score.strictRecall()).isEqualTo(0.2);
    assertThat(score.relaxedPrecision()).isEqualTo(0.75);
    assertThat(score.relaxedRecall()).isEqualTo(0.6);
    assertThat(score.relaxedF1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.typeAccuracy()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.typeF1()).isCloseTo(4.0 / 9, within(1e-9));
    // Value F1 is the harmonic mean of 2/4 and 2/5, which is accuracy times relaxed F1.
    assertThat(score.valueF1()).isCloseTo(2 * 0.5 * 0.4 / 0.9, within(1e-9));
    assertThat(score.valueF1()).isCloseTo(score.valueAccuracy() * score.relaxedF1(), within(1e-9));
  }

  @Test
  void the_limit_reads_only_the_first_documents() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.AQUAINT, TempEvalFixtures.documents());
    TempEvalReport report =
        new TempEvalEvaluation(Map.of("perfect", TempEvalEvaluationTest::perfect), 1)
            .evaluate(dir, TempEvalSet.AQUAINT, 1);
    assertThat(report.documents()).isEqualTo(1);
    assertThat(report.score("perfect").gold()).isEqualTo(3);
  }

  @Test
  void the_table_and_result_line_give_both_systems_side_by_side() throws IOException {
    TempEvalReport report = report();
    assertThat(report.toTable())
        .contains("tempeval timebank: 2 documents, 5 gold time expressions")
        .contains("strict span", "relaxed span", "type", "value")
        .containsPattern("partial +4 \\| +25\\.0 +20\\.0 +22\\.2 \\| +75\\.0 +60\\.0 +66\\.7")
        .containsPattern("perfect +5 \\| +100\\.0");
    assertThat(report.resultLines())
        .singleElement()
        .asString()
        .startsWith("RESULT tempeval timebank documents=2 gold=5 partial_found=4 ")
        .contains("partial_value_f1=0.444", "perfect_value_f1=1.000", "perfect_strict_f1=1.000");
  }

  @Test
  void merging_sets_adds_up_their_expressions() throws IOException {
    TempEvalReport one = report();
    TempEvalReport all = TempEvalReport.merge("all", List.of(one, one));
    assertThat(all.documents()).isEqualTo(4);
    assertThat(all.score("partial")).isEqualTo(new TimexScore(10, 8, 2, 6, 4, 4));
    assertThat(all.resultLines().get(0)).startsWith("RESULT tempeval all documents=4 gold=10");
  }

  @Test
  void details_give_every_gold_expression_per_system_and_every_spurious_one() throws IOException {
    Path details = dir.resolve("details.jsonl");
    report().writeDetails(details);
    List<JsonNode> lines =
        Files.readAllLines(details, StandardCharsets.UTF_8).stream()
            .map(TempEvalDetailsTestSupport::json)
            .toList();
    assertThat(lines).hasSize(5 + 1);
    JsonNode monday = lines.get(0);
    assertThat(monday.get("kind").asText()).isEqualTo("gold");
    assertThat(monday.get("text").asText()).isEqualTo("Monday morning");
    assertThat(monday.get("value").asText()).isEqualTo("2001-03-05TMO");
    JsonNode partial = monday.get("systems").get("partial");
    assertThat(partial.get("match").asText()).isEqualTo("overlap");
    assertThat(partial.get("type_ok").asBoolean()).isTrue();
    assertThat(partial.get("value_ok").asBoolean()).isFalse();
    assertThat(partial.get("predicted").get("value").asText()).isEqualTo("2001-03-05");
    assertThat(monday.get("systems").get("perfect").get("match").asText()).isEqualTo("exact");
    JsonNode spring = lines.get(4);
    assertThat(spring.get("systems").get("partial").get("match").asText()).isEqualTo("missed");
    assertThat(spring.get("systems").get("partial").get("predicted").isNull()).isTrue();
    assertThat(lines.get(5).get("kind").asText()).isEqualTo("spurious");
    assertThat(lines.get(5).get("system").asText()).isEqualTo("partial");
    assertThat(lines.get(5).get("predicted").get("text").asText()).isEqualTo("high");
    assertThat(lines.get(5).get("predicted").get("value").isNull()).isTrue();
  }

  @Test
  void a_system_returning_offsets_off_the_text_fails_the_evaluation() throws IOException {
    TempEvalFixtures.write(dir, TempEvalSet.TIMEBANK, TempEvalFixtures.documents());
    Function<Article, List<TimeExpression>> shifted =
        a -> List.of(new TimeExpression(0, 3, "Mon", TimexType.DATE, null));
    TempEvalEvaluation evaluation = new TempEvalEvaluation(Map.of("shifted", shifted), 1);
    assertThatThrownBy(() -> evaluation.evaluate(dir, TempEvalSet.TIMEBANK, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("shifted")
        .hasMessageContaining("flood");
  }
}
