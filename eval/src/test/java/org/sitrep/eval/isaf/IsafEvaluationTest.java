package org.sitrep.eval.isaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Count;
import org.sitrep.model.DateSource;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;
import org.sitrep.model.Modality;
import org.sitrep.model.RejectReason;
import org.sitrep.model.Rejection;
import org.sitrep.model.TextSpan;

class IsafEvaluationTest {
  private static final Path ISAF = Path.of(System.getProperty("sitrep.shared"), "data", "isaf");

  private static Extraction nothing(Article article) {
    return new Extraction(
        article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null);
  }

  @Test
  void scores_empty_predictions_on_the_dev_set_as_the_gold_distribution_implies()
      throws IOException {
    List<IsafGoldRecord> gold = IsafGoldFile.read(ISAF.resolve("dev.gold.jsonl"));

    IsafReport report = new IsafEvaluation(IsafEvaluationTest::nothing, 4).evaluate(ISAF);

    assertThat(report.n()).isEqualTo(224).isEqualTo(gold.size());
    assertThat(report.rejected()).isZero();
    assertThat(report.dateAccuracy()).isZero();
    assertThat(report.eventTypeAccuracy()).isZero();
    assertThat(report.provinceAccuracy()).isZero();
    assertThat(report.provinceFirstAccuracy()).isZero();
    assertThat(report.killedAccuracy()).isEqualTo(share(gold, g -> g.killed() == 0));
    assertThat(report.capturedAccuracy()).isEqualTo(share(gold, g -> g.captured() == 0));
    assertThat(report.targetGroupAccuracy())
        .isEqualTo(share(gold, g -> g.targetGroups().isEmpty()));
    assertThat(report.killedMae())
        .isCloseTo(
            gold.stream().mapToLong(r -> r.gold().killed()).average().orElseThrow(), within(1e-9));
    assertThat(report.capturedMae())
        .isCloseTo(
            gold.stream().mapToLong(r -> r.gold().captured()).average().orElseThrow(),
            within(1e-9));
    assertThat(report.records())
        .extracting(IsafComparison::id)
        .containsExactlyElementsOf(gold.stream().map(IsafGoldRecord::id).toList());
  }

  @Test
  void reads_a_dev_set_whose_labels_the_projection_can_produce() throws IOException {
    List<IsafGoldRecord> gold = IsafGoldFile.read(ISAF.resolve("dev.gold.jsonl"));

    assertThat(gold).allSatisfy(r -> assertThat(r.gold().date()).matches("\\d{4}-\\d{2}-\\d{2}"));
    assertThat(gold.stream().flatMap(r -> r.gold().eventTypes().stream()).distinct())
        .isSubsetOf(
            "detention", "insurgentskilled", "captureandkill", "airstrike", "civiliancasualty");
    assertThat(gold.stream().flatMap(r -> r.gold().targetGroups().stream()).distinct())
        .isSubsetOf("taliban", "haqqani", "imu", "hig", "aq", "criminal");
  }

  private static double share(
      List<IsafGoldRecord> gold, java.util.function.Predicate<IsafFields> test) {
    return (double) gold.stream().filter(r -> test.test(r.gold())).count() / gold.size();
  }

  @Test
  void hands_the_extractor_undated_articles_and_keeps_input_order_across_threads() {
    List<IsafGoldRecord> records =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> new IsafGoldRecord("r" + i, "captured " + i, goldCapturing(i)))
            .toList();
    Map<String, Article> seen = new ConcurrentHashMap<>();

    IsafReport report =
        new IsafEvaluation(
                article -> {
                  seen.put(article.id(), article);
                  sleepBriefly();
                  return capturing(article, Long.parseLong(article.text().substring(9)));
                },
                8)
            .evaluate(records);

    assertThat(report.capturedAccuracy()).isEqualTo(1.0);
    assertThat(report.records())
        .extracting(IsafComparison::id)
        .containsExactlyElementsOf(records.stream().map(IsafGoldRecord::id).toList());
    Article first = seen.get("r0");
    assertThat(first.published()).isNull();
    assertThat(first.publishedFrom()).isEqualTo(DateSource.UNKNOWN);
    assertThat(first.origin()).isEqualTo("isaf:dev:r0");
    assertThat(first.title()).isNull();
    assertThat(first.extra()).isEmpty();
    assertThat(first.warnings()).isEmpty();
  }

  @Test
  void counts_rejected_articles_as_empty_predictions() {
    List<IsafGoldRecord> records = List.of(new IsafGoldRecord("r1", "text", goldCapturing(0)));

    IsafReport report =
        new IsafEvaluation(
                article ->
                    Extraction.rejected(
                        article, new Rejection(RejectReason.NOT_ENGLISH, "test rejection")),
                1)
            .evaluate(records);

    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.records().get(0).predicted()).isEqualTo(IsafFields.empty());
  }

  @Test
  void fails_when_the_extractor_fails() {
    List<IsafGoldRecord> records = List.of(new IsafGoldRecord("r1", "text", goldCapturing(0)));
    IsafEvaluation evaluation =
        new IsafEvaluation(
            article -> {
              throw new IllegalStateException("extractor bug");
            },
            2);

    assertThatThrownBy(() -> evaluation.evaluate(records)).hasMessage("extractor bug");
  }

  @Test
  void needs_at_least_one_thread() {
    assertThatThrownBy(() -> new IsafEvaluation(IsafEvaluationTest::nothing, 0))
        .hasMessageContaining("threads must be >= 1, got 0");
  }

  private static IsafFields goldCapturing(long captured) {
    return new IsafFields(
        "2011-03-01", List.of("detention"), List.of("kabul"), List.of(), 0, captured);
  }

  private static Extraction capturing(Article article, long captured) {
    TextSpan trigger = TextSpan.of(article.text(), 0, 8);
    Event arrest =
        new Event(
            "V1",
            EventType.COERCE,
            "arrest",
            List.of("arrest"),
            null,
            trigger,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            EventDate.unknown(),
            null,
            null,
            new Count(captured, captured, 0, 8, trigger.text()),
            null,
            Modality.ASSERTED,
            null,
            List.of(trigger.span()),
            0.5);
    return new Extraction(
        article, List.of(), List.of(), List.of(), List.of(), List.of(arrest), List.of(), null);
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(ThreadLocalRandom.current().nextInt(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
