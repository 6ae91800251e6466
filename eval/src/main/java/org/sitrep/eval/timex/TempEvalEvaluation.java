package org.sitrep.eval.timex;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;

/**
 * Scores time-expression systems on a TempEval-3 set, side by side: {@code sitrep eval tempeval
 * DIR}.
 *
 * <p>Each system reads each document as an {@link Article} (exactly the gold text, so offsets
 * agree, and the document creation time as its publication date) and returns its time expressions;
 * {@link TimexAlignment} pairs them with the gold ones.
 *
 * <p>Thread safety: the systems must be thread-safe; they are called from {@code threads} threads
 * at once. A system that throws fails the whole evaluation.
 */
public final class TempEvalEvaluation {
  private final Map<String, Function<Article, List<TimeExpression>>> systems;
  private final int threads;

  /**
   * @param systems the systems by name, reported in the map's iteration order
   */
  public TempEvalEvaluation(
      Map<String, Function<Article, List<TimeExpression>>> systems, int threads) {
    if (systems.isEmpty()) {
      throw new IllegalArgumentException("name at least one system to evaluate");
    }
    this.systems = new LinkedHashMap<>(systems);
    this.systems.forEach((name, system) -> Objects.requireNonNull(system, name));
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Reads {@code set} from {@code dir} and scores the first {@code limit} documents.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1 or the files are malformed
   */
  public TempEvalReport evaluate(Path dir, TempEvalSet set, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<TimexDocument> documents = TempEvalGoldFiles.read(dir, set);
    return evaluate(set.label(), documents.subList(0, Math.min(limit, documents.size())));
  }

  /** Scores every system on {@code documents}; the report keeps their order. */
  public TempEvalReport evaluate(String set, List<TimexDocument> documents) {
    List<Map<String, List<TimeExpression>>> predictions =
        ParallelMap.ordered(documents, this::predict, threads, "TempEval documents");
    List<GoldOutcome> gold = new ArrayList<>();
    List<SpuriousTimex> spurious = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      TimexDocument document = documents.get(i);
      List<Map<String, TimexMatch>> byGold = new ArrayList<>();
      document.times().forEach(t -> byGold.add(new HashMap<>()));
      for (String system : systems.keySet()) {
        TimexAlignment alignment =
            TimexAlignment.of(document.times(), predictions.get(i).get(system));
        for (int g = 0; g < byGold.size(); g++) {
          byGold.get(g).put(system, alignment.matches().get(g));
        }
        alignment
            .spurious()
            .forEach(t -> spurious.add(new SpuriousTimex(system, document.id(), t)));
      }
      for (int g = 0; g < byGold.size(); g++) {
        gold.add(new GoldOutcome(document.id(), document.times().get(g), byGold.get(g)));
      }
    }
    return new TempEvalReport(set, documents.size(), List.copyOf(systems.keySet()), gold, spurious);
  }

  private Map<String, List<TimeExpression>> predict(TimexDocument document) {
    Article article = document.article();
    Map<String, List<TimeExpression>> bySystem = new HashMap<>();
    for (Map.Entry<String, Function<Article, List<TimeExpression>>> system : systems.entrySet()) {
      List<TimeExpression> times = system.getValue().apply(article);
      if (times == null) {
        throw new IllegalStateException(
            "system " + system.getKey() + " returned null for document " + document.id());
      }
      for (TimeExpression timex : times) {
        if (timex.end() > document.text().length()
            || !document.text().substring(timex.start(), timex.end()).equals(timex.text())) {
          throw new IllegalStateException(
              "system "
                  + system.getKey()
                  + " returned timex '"
                  + timex.text()
                  + "' at ["
                  + timex.start()
                  + ", "
                  + timex.end()
                  + ") which is not the text of document "
                  + document.id()
                  + " there");
        }
      }
      bySystem.put(system.getKey(), List.copyOf(times));
    }
    return bySystem;
  }
}
