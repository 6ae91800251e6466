package org.sitrep.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputRecord;
import org.sitrep.store.json.ExtractionJson;

/**
 * The Spark job in local[2] against sitrep's single-machine path on the same records. One Spark
 * session and one pipeline (ExecutorPipeline's, which local mode shares with the test) serve both
 * tests.
 */
class SparkExtractionTest {
  // Invented for this test: short conflict reports in the shape of wire copy.
  private static final String[][] ARTICLES = {
    {
      "a1",
      "Roadside bomb kills soldiers",
      "KANDAHAR, Afghanistan (Wire) - A roadside bomb killed three soldiers and wounded two"
          + " others on Monday near the city of Kandahar, a provincial spokesman said.",
      "2021-05-10"
    },
    {
      "a2",
      "Protest in the capital",
      "NAIROBI, Kenya (Wire) - Hundreds of traders marched through central Nairobi on"
          + " Wednesday to protest against a new market tax, police said.",
      "2022-03-16"
    },
    {
      "a3",
      "Militants seize village",
      "MOGADISHU, Somalia (Wire) - Militants attacked a village in the Lower Shabelle region on"
          + " Friday and abducted four farmers, local elders said.",
      "2020-11-20"
    },
    {
      "a4",
      "Talks resume",
      "GENEVA (Wire) - Delegations from the two governments met in Geneva on Tuesday to resume"
          + " talks on a ceasefire, the mediators said in a statement.",
      "2023-01-10"
    }
  };

  @TempDir static Path dir;
  private static SparkSession spark;
  private static ArticleExtractor extractor;

  @BeforeAll
  static void start() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("sitrep spark test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    extractor = ExecutorPipeline.extractor("");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void writes_for_jsonl_input_the_lines_sitrep_extract_writes_and_an_events_table()
      throws IOException {
    Path in = Files.createDirectories(dir.resolve("jsonl-in"));
    List<String> lines = new ArrayList<>();
    for (String[] a : ARTICLES) {
      lines.add(jsonLine(a));
    }
    lines.add(2, "{\"id\":\"broken\",\"text\":");
    lines.add("");
    lines.add("{\"id\":\"blank\",\"text\":\"  \"}");
    Path news = Files.writeString(in.resolve("news.jsonl"), String.join("\n", lines) + "\n");
    Path empty = Files.writeString(in.resolve("more/empty.jsonl"), "", createParents(in));
    Files.writeString(in.resolve("README.txt"), "not an article");
    Path out = dir.resolve("jsonl-out");

    JobSummary summary = run(in, ArticleFormat.JSONL, out);

    List<String> expected = singleMachine(List.of(empty, news));
    assertThat(jsonl(out)).containsExactlyElementsOf(expected);
    assertThat(summary.accepted()).isEqualTo(4);
    assertThat(summary.rejected()).isEqualTo(3);
    assertThat(summary.skipped()).containsExactly(in.resolve("README.txt").toString());

    List<String> expectedEvents = new ArrayList<>();
    for (String line : expected) {
      Extraction extraction = ExtractionJson.readExtraction(line);
      extraction
          .events()
          .forEach(
              e -> expectedEvents.add(extraction.article().id() + " " + e.id() + " " + e.type()));
    }
    List<String> events =
        spark
            .read()
            .parquet(out.resolve("parquet/events").toString())
            .selectExpr("concat_ws(' ', article_id, event_id, plover_type)")
            .as(org.apache.spark.sql.Encoders.STRING())
            .collectAsList();
    assertThat(events).isNotEmpty().containsExactlyInAnyOrderElementsOf(expectedEvents);
    Row bomb =
        spark
            .read()
            .parquet(out.resolve("parquet/events").toString())
            .where("article_id = 'a1' and plover_type = 'ASSAULT'")
            .first();
    assertThat(bomb.<Long>getAs("killed_min")).isEqualTo(3L);
    assertThat(bomb.<String>getAs("country_code")).isEqualTo("AF");
  }

  @Test
  void extracts_from_parquet_input_what_it_extracts_from_the_same_articles_in_jsonl()
      throws IOException {
    Path jsonl = Files.createDirectories(dir.resolve("parquet-reference"));
    List<String> lines = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (String[] a : ARTICLES) {
      lines.add(jsonLine(a));
      rows.add(RowFactory.create(a[0], a[1], a[2], Date.valueOf(a[3])));
    }
    Path reference = Files.writeString(jsonl.resolve("news.jsonl"), String.join("\n", lines));
    StructType schema =
        new StructType()
            .add("id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published", DataTypes.DateType);
    Path in = dir.resolve("parquet-in");
    spark.createDataFrame(rows, schema).repartition(2).write().parquet(in.toString());
    Path out = dir.resolve("parquet-out");

    JobSummary summary = run(in, ArticleFormat.PARQUET, out);

    assertThat(summary.accepted()).isEqualTo(ARTICLES.length);
    List<Extraction> expected = new ArrayList<>();
    for (String line : singleMachine(List.of(reference))) {
      expected.add(withoutOrigin(ExtractionJson.readExtraction(line)));
    }
    List<Extraction> actual = new ArrayList<>();
    for (String line : jsonl(out)) {
      actual.add(withoutOrigin(ExtractionJson.readExtraction(line)));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static JobSummary run(Path in, ArticleFormat format, Path out) {
    return new ExtractionJob(spark)
        .run(new JobOptions(in.toString(), format, out.toString(), OptionalInt.of(3), "", false));
  }

  /** What sitrep extract writes for these files: one line per record, rejected ones included. */
  private static List<String> singleMachine(List<Path> files) {
    List<String> lines = new ArrayList<>();
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    try (Stream<InputRecord> records = reader.read(files.stream().map(Path::toString).toList())) {
      records.forEach(
          record -> {
            Extraction extraction =
                record instanceof InputRecord.Accepted accepted
                    ? extractor.extract(accepted.article())
                    : Extraction.rejected((InputRecord.Rejected) record);
            lines.add(ExtractionJson.write(extraction));
          });
    }
    return lines;
  }

  private static Extraction withoutOrigin(Extraction e) {
    Article a = e.article();
    Article moved =
        new Article(
            a.id(),
            a.title(),
            a.text(),
            a.published(),
            a.publishedFrom(),
            a.publishedEvidence(),
            a.source(),
            a.url(),
            "",
            a.extra(),
            a.warnings());
    return new Extraction(
        moved,
        e.entities(),
        e.places(),
        e.times(),
        e.quantities(),
        e.events(),
        e.claims(),
        e.rejected());
  }

  /** The job's JSONL output: its part files in name order, which is input order. */
  private static List<String> jsonl(Path out) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(out.resolve("jsonl"))) {
      for (Path part :
          parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
      }
    }
    return lines;
  }

  private static String jsonLine(String[] a) {
    return ExtractionJson.write(
        java.util.Map.of("id", a[0], "title", a[1], "text", a[2], "published", a[3]));
  }

  private static java.nio.file.OpenOption createParents(Path in) throws IOException {
    Files.createDirectories(in.resolve("more"));
    return java.nio.file.StandardOpenOption.CREATE;
  }
}
