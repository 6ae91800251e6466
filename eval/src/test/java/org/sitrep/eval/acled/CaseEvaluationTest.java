package org.sitrep.eval.acled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;
import org.sitrep.model.Modality;

class CaseEvaluationTest {
  private static final List<CaseSnippet> SNIPPETS =
      List.of(
          new CaseSnippet("case-1", "Jets bombed a depot.", "AIR_STRIKE"),
          new CaseSnippet("case-2", "Crowds marched peacefully.", "PEACE_PROTEST"),
          new CaseSnippet("case-3", "A river flooded the valley.", "NATURAL_DISASTER"),
          new CaseSnippet("case-4", "Two ministers met.", "DIPLO"),
          new CaseSnippet("case-5", "Police broke up the sit-in.", "PROTEST_WITH_INTER"));

  /** A stand-in extractor: an air strike for "bombed", a protest for "marched" and "sit-in". */
  private static Extraction extract(Article article) {
    String text = article.text();
    if (text.contains("valley")) {
      throw new IllegalStateException("parser fell over");
    }
    List<Event> events =
        text.contains("bombed")
            ? List.of(Events.coded("Air/drone strike", "bombed", 5, Modality.ASSERTED, 0.9))
            : text.contains("marched") || text.contains("sit-in")
                ? List.of(Events.coded("Peaceful protest", "marched", 7, Modality.ASSERTED, 0.7))
                : List.of();
    return new Extraction(
        article, List.of(), List.of(), List.of(), List.of(), events, List.of(), null);
  }

  private final CaseReport report =
      new CaseEvaluation(CaseEvaluationTest::extract, 2, CaseLabels.shipped())
          .evaluate(SNIPPETS, SnippetRule.FIRST);

  @Test
  void the_headline_scores_only_snippets_with_an_acled_gold_code() {
    LabelScore acled = report.acled();
    assertThat(acled.n()).isEqualTo(3);
    assertThat(acled.accuracy()).isCloseTo(2.0 / 3, within(1e-12));
    // AIR_STRIKE F1 1 (support 1), PEACE_PROTEST F1 2*1/(1+2) (support 1), PROTEST_WITH_INTER 0.
    assertThat(acled.weightedF1()).isCloseTo((1 + 2.0 / 3) / 3, within(1e-12));
  }

  @Test
  void the_all_view_counts_no_event_on_a_non_acled_snippet_as_right() {
    LabelScore all = report.all();
    assertThat(all.n()).isEqualTo(5);
    assertThat(all.correct()).isEqualTo(4);
    assertThat(all.labels()).contains(CaseLabels.NOT_ACLED).doesNotContain("DIPLO", "none");
  }

  @Test
  void an_extractor_that_throws_fails_one_snippet_not_the_run() {
    assertThat(report.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.snippet().id()).isEqualTo("case-3");
              assertThat(f.failure()).contains("parser fell over");
            });
    assertThat(report.uncoded()).isEqualTo(2);
    assertThat(report.toTable())
        .contains("case-3: extractor threw")
        .contains("RESULT case2021 snippets=5 acled_snippets=3 rule=first accuracy=0.667")
        .contains("failed=1");
  }

  @Test
  void writes_one_detail_line_per_snippet_with_every_rule_and_event() throws IOException {
    StringWriter out = new StringWriter();
    report.writeDetails(out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0))
        .contains("\"id\":\"case-1\"", "\"gold\":\"AIR_STRIKE\"", "\"predicted\":\"AIR_STRIKE\"")
        .contains("\"violent-first\":\"AIR_STRIKE\"", "\"code\":\"AIR_STRIKE\"")
        .contains("\"trigger\":\"bombed\"");
    assertThat(lines.get(2)).contains("\"predicted\":\"none\"", "\"failure\":\"extractor threw");
  }

  @Test
  void reads_a_snippet_as_an_article_without_a_publication_date() {
    Article article = CaseEvaluation.article(SNIPPETS.get(0));
    assertThat(article.published()).isNull();
    assertThat(article.id()).isEqualTo("case-1");
    assertThat(article.text()).isEqualTo("Jets bombed a depot.");
  }
}
