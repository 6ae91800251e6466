package org.sitrep.eval.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.sitrep.eval.geo.GeoparseFixtures.FERRY;
import static org.sitrep.eval.geo.GeoparseFixtures.HARLOW_BAY;
import static org.sitrep.eval.geo.GeoparseFixtures.KESTREL_POINT;
import static org.sitrep.eval.geo.GeoparseFixtures.LUNE_ISLAND;
import static org.sitrep.eval.geo.GeoparseFixtures.MOUNT_IBBET;
import static org.sitrep.eval.geo.GeoparseFixtures.STORM;
import static org.sitrep.eval.geo.GeoparseFixtures.place;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Place;

class GeoparseEvaluationTest {
  private static final Coordinate NOWHERE = new Coordinate(0, 0);

  /**
   * Storm: Harlow Bay exact and right, "Kestrel" overlaps Kestrel Point one degree north (111 km),
   * "Crews" is a false positive, Mount Ibbet is missed. Ferry: Lune Island exact but unresolved,
   * Port Sarn exact but at 0,0.
   */
  private static final Map<String, List<Place>> PREDICTED =
      Map.of(
          "storm",
          List.of(
              place(STORM, "Harlow Bay", HARLOW_BAY),
              place(STORM, "Crews", NOWHERE),
              place(
                  STORM, "Kestrel", new Coordinate(KESTREL_POINT.lat() + 1, KESTREL_POINT.lon()))),
          "ferry",
          List.of(place(FERRY, "Lune Island", null), place(FERRY, "Port Sarn", NOWHERE)));

  /** Harlow Bay two degrees of longitude off (170 km), Port Sarn unknown, the rest right. */
  private static final Map<String, Coordinate> BASELINE =
      Map.of(
          "Harlow Bay", new Coordinate(HARLOW_BAY.lat(), HARLOW_BAY.lon() + 2),
          "Kestrel Point", KESTREL_POINT,
          "Mount Ibbet", MOUNT_IBBET,
          "Lune Island", LUNE_ISLAND);

  @TempDir Path dir;

  private static GeoparseEvaluation evaluation(int threads) {
    return new GeoparseEvaluation(
        article -> PREDICTED.get(article.id()),
        name -> Optional.ofNullable(BASELINE.get(name)),
        threads);
  }

  private GeoparseReport evaluateFixtures(int threads) throws IOException {
    GeoparseFixtures.write(dir, GeoparseSet.LGL, GeoparseFixtures.articles(), true);
    return evaluation(threads).evaluate(dir, GeoparseSet.LGL, 100);
  }

  @Test
  void scores_exact_and_overlapping_spans_separately() throws IOException {
    GeoparseReport report = evaluateFixtures(1);

    assertThat(report.articles()).isEqualTo(2);
    assertThat(report.gold()).isEqualTo(5);
    assertThat(report.predicted()).isEqualTo(5);
    assertThat(report.exactRecognition()).isEqualTo(new RecognitionScore(3, 5, 5));
    assertThat(report.overlapRecognition()).isEqualTo(new RecognitionScore(4, 5, 5));
    assertThat(report.overlapRecognition().f1()).isCloseTo(0.8, within(1e-12));
    assertThat(report.falsePositives())
        .singleElement()
        .satisfies(fp -> assertThat(fp.predicted().text()).isEqualTo("Crews"));
  }

  @Test
  void charges_an_unresolved_match_half_the_circumference() throws IOException {
    GeoparseReport report = evaluateFixtures(1);

    ToponymOutcome lune = outcome(report, "Lune Island");
    assertThat(lune.unresolved()).isTrue();
    assertThat(lune.errorKm()).hasValue(20039);
    assertThat(report.unresolved()).isEqualTo(1);
  }

  @Test
  void summarizes_resolution_on_matched_toponyms_and_end_to_end_on_all() throws IOException {
    GeoparseReport report = evaluateFixtures(1);
    double portSarn = GreatCircle.distanceKm(NOWHERE, GeoparseFixtures.PORT_SARN);

    ErrorSummary resolution = report.resolution();
    assertThat(resolution.n()).isEqualTo(4);
    assertThat(resolution.accuracy161()).isEqualTo(0.5);
    assertThat(resolution.medianKm()).isCloseTo((111.19 + portSarn) / 2, within(0.01));
    assertThat(resolution.meanKm()).isCloseTo((0 + 111.19 + 20039 + portSarn) / 4, within(0.01));
    ErrorSummary endToEnd = report.endToEnd();
    assertThat(endToEnd.n()).isEqualTo(5);
    assertThat(endToEnd.accuracy161()).isEqualTo(0.4);
    assertThat(endToEnd.medianKm()).isCloseTo(portSarn, within(1e-9));
  }

  @Test
  void scores_the_baseline_on_the_same_matched_toponyms_and_on_all_gold() throws IOException {
    GeoparseReport report = evaluateFixtures(1);

    ErrorSummary matched = report.baselineOnMatched();
    assertThat(matched.n()).isEqualTo(4);
    assertThat(matched.accuracy161()).isEqualTo(0.5);
    ErrorSummary all = report.baselineOnAll();
    assertThat(all.n()).isEqualTo(5);
    assertThat(all.accuracy161()).isEqualTo(0.6);
    assertThat(report.baselineKnown()).isEqualTo(4);
    assertThat(outcome(report, "Port Sarn").baselineErrorKm()).isEqualTo(20039);
    assertThat(outcome(report, "Harlow Bay").baselineErrorKm()).isCloseTo(170.4, within(0.5));
  }

  @Test
  void gives_the_system_exactly_the_gold_text_and_the_metadata_date() throws IOException {
    GeoparseFixtures.write(dir, GeoparseSet.LGL, GeoparseFixtures.articles(), true);
    List<Article> seen = new ArrayList<>();
    Function<Article, List<Place>> recorder =
        article -> {
          synchronized (seen) {
            seen.add(article);
          }
          return List.of();
        };

    new GeoparseEvaluation(recorder, name -> Optional.empty(), 1)
        .evaluate(dir, GeoparseSet.LGL, 100);

    Article storm = seen.stream().filter(a -> a.id().equals("storm")).findFirst().orElseThrow();
    assertThat(storm.text()).isEqualTo(STORM);
    assertThat(storm.title()).isEqualTo("Storm damage in Harlow Bay");
    assertThat(storm.publishedFrom()).isEqualTo(DateSource.METADATA);
    assertThat(seen).extracting(Article::id).containsExactlyInAnyOrder("storm", "ferry");
  }

  @Test
  void many_threads_give_the_same_report_as_one() throws IOException {
    assertThat(evaluateFixtures(4)).isEqualTo(evaluateFixtures(1));
  }

  @Test
  void reads_only_the_first_articles_up_to_the_limit() throws IOException {
    GeoparseFixtures.write(dir, GeoparseSet.GEOVIRUS, GeoparseFixtures.articles(), true);
    GeoparseReport report = evaluation(2).evaluate(dir, GeoparseSet.GEOVIRUS, 1);
    assertThat(report.articles()).isEqualTo(1);
    assertThat(report.gold()).isEqualTo(3);
    assertThatThrownBy(() -> evaluation(1).evaluate(dir, GeoparseSet.GEOVIRUS, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  @Test
  void writes_one_detail_line_per_gold_toponym_and_per_false_positive() throws IOException {
    GeoparseReport report = evaluateFixtures(1);
    Path details = dir.resolve("details.jsonl");

    report.writeDetails(details);

    List<JsonNode> lines = new ArrayList<>();
    for (String line : Files.readAllLines(details, StandardCharsets.UTF_8)) {
      lines.add(GeoparseFixtures.JSON.readTree(line));
    }
    assertThat(lines).hasSize(6);
    assertThat(lines)
        .extracting(n -> n.get("kind").asText())
        .containsOnly("gold", "false_positive");
    JsonNode kestrel = line(lines, "Kestrel Point");
    assertThat(kestrel.get("match").asText()).isEqualTo("overlap");
    assertThat(kestrel.at("/predicted/text").asText()).isEqualTo("Kestrel");
    assertThat(kestrel.get("error_km").asDouble()).isCloseTo(111.2, within(0.05));
    assertThat(kestrel.get("baseline_error_km").asDouble()).isZero();
    JsonNode ibbet = line(lines, "Mount Ibbet");
    assertThat(ibbet.get("match").asText()).isEqualTo("missed");
    assertThat(ibbet.get("predicted").isNull()).isTrue();
    assertThat(ibbet.get("error_km").isNull()).isTrue();
    JsonNode lune = line(lines, "Lune Island");
    assertThat(lune.get("error_km").asDouble()).isEqualTo(20039);
    assertThat(lune.at("/predicted/resolution").asText()).isEqualTo("not in gazetteer");
    assertThat(lune.at("/predicted/lat").isNull()).isTrue();
    JsonNode crews =
        lines.stream()
            .filter(n -> n.get("kind").asText().equals("false_positive"))
            .findFirst()
            .orElseThrow();
    assertThat(crews.get("id").asText()).isEqualTo("storm");
    assertThat(crews.at("/predicted/text").asText()).isEqualTo("Crews");
  }

  @Test
  void the_table_shows_both_systems_and_ends_in_a_result_line() throws IOException {
    String table = evaluateFixtures(1).toTable();

    assertThat(table)
        .contains("exact span", "overlap", "acc@161", "median error km", "AUC", "population");
    assertThat(table.lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("RESULT geoparse lgl ")
        .contains("exact_f1=0.600", "overlap_f1=0.800", "acc161=0.500", "e2e_acc161=0.400")
        .contains("baseline_all_acc161=0.600", "baseline_known=0.800");
  }

  private static ToponymOutcome outcome(GeoparseReport report, String text) {
    return report.toponyms().stream()
        .filter(t -> t.gold().text().equals(text))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode line(List<JsonNode> lines, String goldText) {
    return lines.stream()
        .filter(
            n -> n.get("kind").asText().equals("gold") && n.get("text").asText().equals(goldText))
        .findFirst()
        .orElseThrow();
  }
}
