package org.sitrep.spark;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep spark}, and the main class for {@code spark-submit}: extracts events from a folder
 * of JSONL or Parquet articles on a Spark cluster (or in local mode), one pipeline per executor
 * JVM, and prints how many records were accepted and rejected.
 */
@Command(
    name = "sitrep spark",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts events from a folder of JSONL or Parquet articles with Apache Spark.",
      "Writes OUTPUT/jsonl (the lines sitrep extract writes), OUTPUT/parquet/articles and"
          + " OUTPUT/parquet/events."
    })
public final class SparkExtract implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "INPUT", description = "folder (or file) of articles")
  String input;

  @Parameters(index = "1", paramLabel = "OUTPUT", description = "folder to write; must not exist")
  String output;

  @Option(
      names = "--format",
      paramLabel = "jsonl|parquet",
      description = "input format; default: parquet if INPUT holds .parquet files and no .jsonl")
  String format;

  @Option(
      names = "--master",
      description = "Spark master (local[2], yarn, spark://HOST:7077 …); default: spark-submit's")
  String master;

  @Option(
      names = "--partitions",
      description = "partitions to spread records over; default: four per core")
  Integer partitions;

  @Option(names = "--gazetteer", paramLabel = "FILE", description = "gazetteer index file")
  String gazetteer = "";

  @Option(names = "--overwrite", description = "replace the outputs if they exist")
  boolean overwrite;

  @Option(names = "--no-ui", description = "do not start Spark's web UI")
  boolean noUi;

  public static void main(String[] args) {
    int code = new CommandLine(new SparkExtract()).execute(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  @Override
  public Integer call() {
    SparkSession.Builder builder = SparkSession.builder().appName("sitrep extract");
    if (master != null) {
      builder.master(master);
    }
    if (noUi) {
      builder.config("spark.ui.enabled", "false");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      JobOptions options =
          new JobOptions(
              input,
              format(spark),
              output,
              partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions),
              gazetteer,
              overwrite);
      JobSummary summary = new ExtractionJob(spark).run(options);
      for (String skipped : summary.skipped()) {
        System.err.println("sitrep spark: skipped " + skipped + " (not " + options.format() + ")");
      }
      System.out.println("sitrep spark: " + summary.describe());
      return 0;
    } finally {
      spark.stop();
    }
  }

  private ArticleFormat format(SparkSession spark) {
    if (format != null) {
      return ArticleFormat.valueOf(format.toUpperCase(Locale.ROOT));
    }
    var hadoop = spark.sparkContext().hadoopConfiguration();
    boolean jsonl = !InputFiles.list(input, ".jsonl", hadoop).files().isEmpty();
    boolean parquet = !InputFiles.list(input, ".parquet", hadoop).files().isEmpty();
    return parquet && !jsonl ? ArticleFormat.PARQUET : ArticleFormat.JSONL;
  }
}
