package org.sitrep.eval.isaf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Extraction;

/**
 * Runs an extractor over the ISAF dev set and scores it: {@code sitrep eval isaf DIR}.
 *
 * <p>Each gold record becomes an {@link Article} with no publication date, as {@code
 * dev.input.jsonl} would be read: the extractor must find the dateline itself. Its {@link
 * Extraction} is mapped to ISAF fields by an {@link IsafProjection} and compared with the gold.
 *
 * <p>Thread safety: the extractor must be thread-safe; it is called from {@code threads} threads at
 * once. An extractor that throws fails the whole evaluation: a rejected article is reported as a
 * rejected {@code Extraction}, never as an exception.
 */
public final class IsafEvaluation {
  /** The gold file inside the ISAF folder. */
  public static final String GOLD_FILE = "dev.gold.jsonl";

  private final Function<Article, Extraction> extractor;
  private final int threads;
  private final IsafProjection projection;

  /** An evaluation with the shipped {@link IsafProjection}. */
  public IsafEvaluation(Function<Article, Extraction> extractor, int threads) {
    this(extractor, threads, new IsafProjection());
  }

  public IsafEvaluation(
      Function<Article, Extraction> extractor, int threads, IsafProjection projection) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.projection = Objects.requireNonNull(projection, "projection");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /** Reads {@code isafDir/dev.gold.jsonl} and scores the extractor on it. */
  public IsafReport evaluate(Path isafDir) throws IOException {
    return evaluate(IsafGoldFile.read(isafDir.resolve(GOLD_FILE)));
  }

  /** Scores the extractor on {@code records}; the report keeps their order. */
  public IsafReport evaluate(List<IsafGoldRecord> records) {
    List<Extraction> extractions =
        ParallelMap.ordered(records, this::extract, threads, "ISAF records");
    List<IsafComparison> comparisons = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      IsafGoldRecord record = records.get(i);
      Extraction extraction = extractions.get(i);
      comparisons.add(
          new IsafComparison(
              record.id(),
              record.gold(),
              projection.project(extraction),
              extraction.rejected() != null));
    }
    return IsafReport.of(comparisons);
  }

  /** The article sitrep would read from the record's input line. */
  static Article article(IsafGoldRecord record) {
    return new Article(
        record.id(),
        null,
        record.text(),
        null,
        DateSource.UNKNOWN,
        null,
        null,
        null,
        "isaf:dev:" + record.id(),
        Map.of(),
        List.of());
  }

  private Extraction extract(IsafGoldRecord record) {
    Extraction extraction = extractor.apply(article(record));
    if (extraction == null) {
      throw new IllegalStateException("extractor returned null for ISAF record " + record.id());
    }
    return extraction;
  }
}
