package org.sitrep.eval.geo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/**
 * Scores place recognition and resolution on a geoparsing gold set: {@code sitrep eval geoparse
 * DIR}.
 *
 * <p>The system reads each article (exactly the gold text, so offsets agree) and returns its
 * places; they are aligned with the gold toponyms by {@link SpanAlignment}. The baseline maps a
 * gold toponym's text to a coordinate (the most populous place of that name) and is scored on the
 * same toponyms.
 *
 * <p>Thread safety: the system must be thread-safe; it is called from {@code threads} threads at
 * once. The baseline is called from the calling thread only. A system that throws fails the whole
 * evaluation.
 */
public final class GeoparseEvaluation {
  private final Function<Article, List<Place>> system;
  private final Function<String, Optional<Coordinate>> baseline;
  private final int threads;

  public GeoparseEvaluation(
      Function<Article, List<Place>> system,
      Function<String, Optional<Coordinate>> baseline,
      int threads) {
    this.system = Objects.requireNonNull(system, "system");
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Reads {@code set} from {@code dir} and scores the first {@code limit} articles.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1 or the files are malformed
   */
  public GeoparseReport evaluate(Path dir, GeoparseSet set, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<GoldArticle> articles = GeoparseGoldFiles.read(dir, set);
    return evaluate(set, articles.subList(0, Math.min(limit, articles.size())));
  }

  /** Scores the system on {@code articles}; the report keeps their order. */
  public GeoparseReport evaluate(GeoparseSet set, List<GoldArticle> articles) {
    List<List<Place>> predictions = new ArrayList<>();
    for (List<Place> places :
        ParallelMap.ordered(articles, this::predict, threads, "gold articles")) {
      predictions.add(
          set.adjectivesAreToponyms()
              ? places
              : places.stream().filter(place -> !place.adjectival()).toList());
    }
    List<ToponymOutcome> toponyms = new ArrayList<>();
    List<FalsePositive> falsePositives = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      GoldArticle article = articles.get(i);
      List<GoldToponym> gold = article.toponyms();
      SpanAlignment alignment = SpanAlignment.of(gold, predictions.get(i));
      SpanAlignment.Pair[] byGold = new SpanAlignment.Pair[gold.size()];
      alignment.pairs().forEach(pair -> byGold[pair.gold()] = pair);
      for (int g = 0; g < gold.size(); g++) {
        SpanAlignment.Pair pair = byGold[g];
        toponyms.add(
            new ToponymOutcome(
                article.id(),
                gold.get(g),
                pair == null ? null : pair.predicted(),
                pair != null && pair.exact(),
                baseline.apply(gold.get(g).text()).orElse(null)));
      }
      alignment.unmatched().forEach(p -> falsePositives.add(new FalsePositive(article.id(), p)));
    }
    return new GeoparseReport(set, articles.size(), toponyms, falsePositives);
  }

  private List<Place> predict(GoldArticle article) {
    List<Place> places = system.apply(article.article());
    if (places == null) {
      throw new IllegalStateException("system returned null for article " + article.id());
    }
    for (Place place : places) {
      if (place.end() > article.text().length()) {
        throw new IllegalStateException(
            "system returned place '"
                + place.text()
                + "' at ["
                + place.start()
                + ", "
                + place.end()
                + ") beyond the text of article "
                + article.id());
      }
    }
    return List.copyOf(places);
  }
}
