package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.store.json.ExtractionJson;

/**
 * One row per input record in the {@code articles} table: what was read, whether it was accepted
 * (and if not, why), how much was found, and the whole extraction as the JSON line {@code sitrep
 * extract} writes for it.
 */
final class ArticleRows {
  /** The column holding the extraction's JSON line. */
  static final String EXTRACTION = "extraction";

  /** The column saying whether the record was "accepted" or "rejected". */
  static final String STATUS = "status";

  static final StructType SCHEMA =
      new StructType()
          .add(InputRows.FILE, DataTypes.StringType, false)
          .add(InputRows.LINE, DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false)
          .add("origin", DataTypes.StringType, true)
          .add(STATUS, DataTypes.StringType, false)
          .add("reject_reason", DataTypes.StringType, true)
          .add("reject_detail", DataTypes.StringType, true)
          .add("title", DataTypes.StringType, true)
          // YYYY-MM-DD; the job casts it to a date column when it writes the table.
          .add("published", DataTypes.StringType, true)
          .add("source", DataTypes.StringType, true)
          .add("url", DataTypes.StringType, true)
          .add("entities", DataTypes.IntegerType, false)
          .add("places", DataTypes.IntegerType, false)
          .add("times", DataTypes.IntegerType, false)
          .add("quantities", DataTypes.IntegerType, false)
          .add("events", DataTypes.IntegerType, false)
          .add("claims", DataTypes.IntegerType, false)
          .add(EXTRACTION, DataTypes.StringType, false);

  private ArticleRows() {}

  static Row of(String file, long line, Extraction extraction) {
    Article article = extraction.article();
    boolean rejected = extraction.rejected() != null;
    return RowFactory.create(
        file,
        line,
        article.id(),
        article.origin(),
        rejected ? "rejected" : "accepted",
        rejected ? extraction.rejected().reason().toString() : null,
        rejected ? extraction.rejected().detail() : null,
        article.title(),
        article.published() == null ? null : article.published().toString(),
        article.source(),
        article.url(),
        extraction.entities().size(),
        extraction.places().size(),
        extraction.times().size(),
        extraction.quantities().size(),
        extraction.events().size(),
        extraction.claims().size(),
        ExtractionJson.write(extraction));
  }
}
