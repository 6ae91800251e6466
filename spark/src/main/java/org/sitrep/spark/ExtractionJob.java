package org.sitrep.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.to_json;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: reads the articles of a JSONL or Parquet folder, runs sitrep's pipeline on each
 * partition, and writes {@code OUT/jsonl} (one extraction per line, in input order across the part
 * files), {@code OUT/parquet/articles} and {@code OUT/parquet/events}.
 *
 * <p>Every input record gives one row in each of {@code jsonl} and {@code articles}, accepted or
 * rejected with its reason, as {@code sitrep extract} gives one line per record.
 */
public final class ExtractionJob {
  private static final StructType FILES =
      new StructType()
          .add("origin", DataTypes.StringType, false)
          .add("uri", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false);

  private final SparkSession spark;

  public ExtractionJob(SparkSession spark) {
    this.spark = Objects.requireNonNull(spark, "spark");
  }

  /** Runs the job; returns what it read and wrote once all three outputs are written. */
  public JobSummary run(JobOptions options) {
    long started = System.nanoTime();
    InputFiles files = listInput(options);
    Dataset<Row> records =
        (options.format() == ArticleFormat.PARQUET ? parquetRecords(files) : jsonlRecords(files))
            .repartition(
                options.partitions().orElse(4 * spark.sparkContext().defaultParallelism()));
    Dataset<Row> articles =
        records
            .mapPartitions(
                new PartitionExtractor(options.gazetteer()), Encoders.row(ArticleRows.SCHEMA))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
      String out = options.output().replaceAll("/+$", "");
      articles
          .withColumn("published", to_date(col("published")))
          .write()
          .mode(mode)
          .parquet(out + "/parquet/articles");
      articles
          .orderBy(InputRows.FILE, InputRows.LINE)
          .select(ArticleRows.EXTRACTION)
          .write()
          .mode(mode)
          .text(out + "/jsonl");
      articles
          .flatMap(new EventRows(), Encoders.row(EventRows.SCHEMA))
          .write()
          .mode(mode)
          .parquet(out + "/parquet/events");
      return summarize(articles, files, System.nanoTime() - started);
    } finally {
      articles.unpersist();
    }
  }

  private InputFiles listInput(JobOptions options) {
    var hadoop = spark.sparkContext().hadoopConfiguration();
    if (options.format() == ArticleFormat.PARQUET) {
      return InputFiles.list(options.input(), ".parquet", hadoop);
    }
    return InputFiles.list(options.input(), ".jsonl", hadoop);
  }

  private Dataset<Row> jsonlRecords(InputFiles input) {
    List<Row> rows = new ArrayList<>();
    for (InputFiles.InputFile file : input.files()) {
      rows.add(RowFactory.create(file.origin(), file.uri(), file.name()));
    }
    return spark
        .createDataFrame(rows, FILES)
        .repartition(Math.max(1, rows.size()))
        .flatMap(new JsonlLines(), Encoders.row(InputRows.SCHEMA));
  }

  /**
   * Each Parquet row as the JSON object a JSONL line would hold (columns by name; null columns left
   * out), so that one set of input rules reads both formats.
   */
  private Dataset<Row> parquetRecords(InputFiles input) {
    if (input.files().isEmpty()) {
      return spark.createDataFrame(List.of(), InputRows.SCHEMA);
    }
    Map<String, InputFiles.InputFile> byUri = new HashMap<>();
    String[] uris = new String[input.files().size()];
    for (int i = 0; i < uris.length; i++) {
      InputFiles.InputFile file = input.files().get(i);
      uris[i] = file.uri();
      byUri.put(file.uri(), file);
    }
    Dataset<Row> table = spark.read().parquet(uris);
    Column[] columns = new Column[table.columns().length];
    for (int i = 0; i < columns.length; i++) {
      columns[i] = col("`" + table.columns()[i] + "`");
    }
    return table
        .select(col("_metadata.file_path"), col("_metadata.row_index"), to_json(struct(columns)))
        .map(new ParquetRow(byUri), Encoders.row(InputRows.SCHEMA));
  }

  /** One Parquet row, as (file path, row index from 0, JSON object), into an input row. */
  private record ParquetRow(Map<String, InputFiles.InputFile> byUri)
      implements MapFunction<Row, Row> {
    ParquetRow {
      byUri = new HashMap<>(byUri); // Serializable, unlike Map.copyOf's result.
    }

    @Override
    public Row call(Row row) {
      String path = row.getString(0);
      InputFiles.InputFile file = byUri.get(path);
      String origin = file == null ? path : file.origin();
      String name = file == null ? path.substring(path.lastIndexOf('/') + 1) : file.name();
      byte[] json = row.getString(2).getBytes(StandardCharsets.UTF_8);
      return InputRows.record(origin, name, row.getLong(1) + 1, 0, json);
    }
  }

  private static JobSummary summarize(Dataset<Row> articles, InputFiles files, long nanos) {
    long accepted = 0;
    long rejected = 0;
    long events = 0;
    for (Row row :
        articles.groupBy(ArticleRows.STATUS).agg(count(lit(1)), sum("events")).collectAsList()) {
      if ("accepted".equals(row.getString(0))) {
        accepted = row.getLong(1);
      } else {
        rejected = row.getLong(1);
      }
      events += row.getLong(2);
    }
    return new JobSummary(
        files.files().size(), files.skipped(), accepted, rejected, events, nanos / 1e9);
  }
}
