package org.sitrep.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputRecord;

/**
 * Runs sitrep's pipeline over one partition of {@link InputRows}, giving one {@link ArticleRows}
 * row per input row: the extraction of an accepted record, or the rejection of a bad one, never
 * nothing. The pipeline is the executor JVM's one {@link ExecutorPipeline}, shared by its tasks;
 * only the gazetteer's name travels with the task.
 */
final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {
  private final String gazetteer;

  /**
   * @param gazetteer a gazetteer index file's name, or empty for the built-in gazetteer
   */
  PartitionExtractor(String gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    ArticleExtractor extractor = ExecutorPipeline.extractor(gazetteer);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        InputRecord record = InputRows.toRecord(row, ExecutorPipeline.reader());
        return ArticleRows.of(row.getString(0), row.getLong(2), extract(extractor, record));
      }
    };
  }

  /** The same extraction {@code sitrep extract} writes for {@code record}. */
  static Extraction extract(ArticleExtractor extractor, InputRecord record) {
    if (record instanceof InputRecord.Accepted accepted) {
      try {
        return extractor.extract(accepted.article());
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "extraction failed on "
                + accepted.article().id()
                + " ("
                + accepted.article().origin()
                + "): "
                + e,
            e);
      }
    }
    return Extraction.rejected((InputRecord.Rejected) record);
  }
}
