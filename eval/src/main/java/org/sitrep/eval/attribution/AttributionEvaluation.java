package org.sitrep.eval.attribution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.Span;

/**
 * Scores attribution systems on a PolNeAR compartment: {@code sitrep eval polnear DIR}.
 *
 * <p>Each system runs over every article in turn, timed on its own, on {@code threads} threads.
 *
 * <p>Thread safety: every system must be thread-safe. A system that throws, or returns a span
 * outside the article's text, fails the whole evaluation.
 */
public final class AttributionEvaluation {
  private final Map<String, Function<Article, List<PredictedAttribution>>> systems;
  private final int threads;

  /**
   * @param systems the systems by name, in the order they are run and reported
   */
  public AttributionEvaluation(
      Map<String, Function<Article, List<PredictedAttribution>>> systems, int threads) {
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("name at least one system to evaluate");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.systems = new LinkedHashMap<>(systems);
    this.threads = threads;
  }

  /** Reads the first {@code limit} articles of {@code dir} and scores every system on them. */
  public AttributionReport evaluate(Path dir, int limit) throws IOException {
    return evaluate(PolnearGoldFiles.read(dir, limit));
  }

  /** Scores every system on {@code documents}; the report keeps their order. */
  public AttributionReport evaluate(List<PolnearDocument> documents) {
    List<SystemRun> runs = new ArrayList<>();
    for (Map.Entry<String, Function<Article, List<PredictedAttribution>>> system :
        systems.entrySet()) {
      long started = System.nanoTime();
      List<List<PredictedAttribution>> predictions =
          ParallelMap.ordered(documents, d -> predict(system, d), threads, "PolNeAR articles");
      double seconds = (System.nanoTime() - started) / 1e9;
      List<DocumentOutcome> outcomes = new ArrayList<>();
      for (int i = 0; i < documents.size(); i++) {
        outcomes.add(new DocumentOutcome(documents.get(i), predictions.get(i)));
      }
      runs.add(new SystemRun(system.getKey(), outcomes, seconds));
    }
    return new AttributionReport(documents, runs);
  }

  private static List<PredictedAttribution> predict(
      Map.Entry<String, Function<Article, List<PredictedAttribution>>> system,
      PolnearDocument document) {
    List<PredictedAttribution> predicted = system.getValue().apply(document.article());
    if (predicted == null) {
      throw new IllegalStateException(
          system.getKey() + " returned null for PolNeAR article " + document.name());
    }
    int length = document.text().length();
    for (PredictedAttribution attribution : predicted) {
      for (Role role : Role.values()) {
        Span span = attribution.span(role);
        if (span != null && span.end() > length) {
          throw new IllegalStateException(
              system.getKey()
                  + " gave a "
                  + role.label()
                  + " span ["
                  + span.start()
                  + ", "
                  + span.end()
                  + ") outside the "
                  + length
                  + " chars of "
                  + document.name());
        }
      }
    }
    return predicted;
  }
}
