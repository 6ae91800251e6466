package org.sitrep.store.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.LocationPrecision;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerLocation;
import org.sitrep.store.json.ExtractionJson;

class LedgerExportTest {
  private static final ArticleFixture.Town VELMORA =
      new ArticleFixture.Town(
          "Velmora", 7_000_001L, "AF", "Quorath, North", 34.51, 69.18, LocationPrecision.POINT);
  private static final ArticleFixture.Town TASKEL =
      new ArticleFixture.Town("Taskel", null, "AF", "Dunmir", null, null, LocationPrecision.ADMIN1);

  @TempDir Path folder;
  private Path db;

  @BeforeEach
  void ingest_three_invented_articles() throws Exception {
    db = folder.resolve("ledger.db");
    try (Ledger ledger = Ledger.open(db.toString())) {
      ledger.ingest(
          new ArticleFixture(
                  "a1",
                  "Valley Courier",
                  "2021-03-15",
                  "The \"Red Hand\" Front struck Velmora on 14 March 2021, killing 3 people,"
                      + " residents said.")
              .group("act-red-hand", "\"Red Hand\" Front")
              .attack("struck", "14 March 2021", VELMORA, "3")
              .extraction());
      ledger.ingest(
          new ArticleFixture(
                  "a2",
                  "Hill Post",
                  "2021-03-17",
                  "An air raid claimed by the \"Red Hand\" Front hit Velmora on 14 March 2021;"
                      + " 5 died according to a hospital.")
              .group("act-red-hand", "\"Red Hand\" Front")
              .attack("air raid", "14 March 2021", VELMORA, "5")
              .extraction());
      ledger.ingest(
          new ArticleFixture(
                  "a3",
                  "Hill Post",
                  "2021-02-02",
                  "Fighters of the Sable Brigade shelled Taskel on 1 February 2021, officials in"
                      + " the province said without giving a toll.")
              .group("act-sable", "Sable Brigade")
              .attack("shelled", "1 February 2021", TASKEL, null)
              .extraction());
    }
  }

  private String export(Format format, long[] counts) throws Exception {
    LedgerLocation location = LedgerLocation.parse(db.toString());
    try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
      StringWriter out = new StringWriter();
      LedgerExport.Result result = new LedgerExport(connection).export(format, out);
      counts[0] = result.exported();
      counts[1] = result.skippedWithoutCoordinates();
      assertThat(connection.getAutoCommit()).isTrue();
      return out.toString();
    }
  }

  @Test
  void acled_csv_has_acled_then_sitrep_columns_in_date_order() throws Exception {
    long[] counts = new long[2];
    List<List<String>> rows = parseCsv(export(Format.ACLED_CSV, counts));
    assertThat(counts[0]).isEqualTo(2);
    assertThat(rows.get(0))
        .startsWith("event_id_cnty", "event_date", "year", "time_precision", "disorder_type")
        .contains("actor1", "geo_precision", "fatalities", "sitrep_id", "evidence")
        .endsWith("disagreements", "fatalities_min", "fatalities_max");
    assertThat(rows).hasSize(3);
    List<String> header = rows.get(0);
    List<String> shelling = rows.get(1);
    assertThat(shelling.get(header.indexOf("event_date"))).isEqualTo("2021-02-01");
    assertThat(shelling.get(header.indexOf("fatalities"))).isEmpty();
    assertThat(shelling.get(header.indexOf("geo_precision"))).isEqualTo("3");
    assertThat(shelling.get(header.indexOf("latitude"))).isEmpty();
  }

  @Test
  void a_two_source_event_lists_both_sources_its_lowest_toll_and_the_disagreement()
      throws Exception {
    List<List<String>> rows = parseCsv(export(Format.ACLED_CSV, new long[2]));
    List<String> header = rows.get(0);
    List<String> strike = rows.get(2);
    assertThat(strike.get(header.indexOf("source_count"))).isEqualTo("2");
    assertThat(strike.get(header.indexOf("sources"))).isEqualTo("a1|a2");
    assertThat(strike.get(header.indexOf("source"))).isEqualTo("Valley Courier; Hill Post");
    assertThat(strike.get(header.indexOf("fatalities"))).isEqualTo("3");
    assertThat(strike.get(header.indexOf("fatalities_min"))).isEqualTo("3");
    assertThat(strike.get(header.indexOf("disagreements"))).contains("fatalities", "a1", "a2");
    assertThat(strike.get(header.indexOf("evidence")))
        .contains("a1/V1 [", ") struck")
        .contains("a2/V1 [", ") air raid");
    assertThat(strike.get(header.indexOf("time_precision"))).isEqualTo("1");
    assertThat(strike.get(header.indexOf("country"))).isEqualTo("Afghanistan");
  }

  @Test
  void acled_csv_quotes_commas_and_doubles_quotes() throws Exception {
    String csv = export(Format.ACLED_CSV, new long[2]);
    assertThat(csv).contains("\"\"\"Red Hand\"\" Front\"").contains("\"Quorath, North\"");
    assertThat(csv).contains("\r\n");
    List<List<String>> rows = parseCsv(csv);
    List<String> header = rows.get(0);
    assertThat(rows.get(2).get(header.indexOf("actor1"))).isEqualTo("\"Red Hand\" Front");
    assertThat(rows.get(2).get(header.indexOf("admin1"))).isEqualTo("Quorath, North");
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(header.size()));
  }

  @Test
  void jsonl_has_one_line_per_ledger_event_with_merged_values_and_reports() throws Exception {
    long[] counts = new long[2];
    String[] lines = export(Format.JSONL, counts).split("\n");
    assertThat(lines).hasSize(2);
    JsonNode strike = ExtractionJson.mapper().readTree(lines[1]);
    assertThat(strike.get("id").asText()).startsWith("ev-");
    assertThat(strike.at("/merged/sources").asInt()).isEqualTo(2);
    assertThat(strike.get("reports")).hasSize(2);
    assertThat(strike.at("/reports/1/article_id").asText()).isEqualTo("a2");
    assertThat(strike.at("/reports/1/source").asText()).isEqualTo("Hill Post");
    assertThat(strike.at("/reports/1/event/trigger/text").asText()).isEqualTo("air raid");
    assertThat(strike.at("/reports/1/match_rule").asText()).isNotBlank();
  }

  @Test
  void geojson_writes_points_in_lon_lat_order_and_skips_events_without_coordinates()
      throws Exception {
    long[] counts = new long[2];
    JsonNode collection = ExtractionJson.mapper().readTree(export(Format.GEOJSON, counts));
    assertThat(counts).containsExactly(1, 1);
    assertThat(collection.get("type").asText()).isEqualTo("FeatureCollection");
    JsonNode feature = collection.get("features").get(0);
    assertThat(feature.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(feature.at("/geometry/coordinates/0").asDouble()).isEqualTo(69.18);
    assertThat(feature.at("/geometry/coordinates/1").asDouble()).isEqualTo(34.51);
    assertThat(feature.at("/properties/sources/1").asText()).isEqualTo("a2");
    assertThat(feature.at("/properties/acled_event_type").asText())
        .isEqualTo("Explosions/Remote violence");
  }

  @Test
  void a_connection_in_a_transaction_is_read_inside_it_and_left_in_it() throws Exception {
    LedgerLocation location = LedgerLocation.parse(db.toString());
    try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
      connection.setAutoCommit(false);
      long exported = new LedgerExport(connection).write(Format.JSONL, new StringWriter());
      assertThat(exported).isEqualTo(2);
      assertThat(connection.getAutoCommit()).isFalse();
      connection.rollback();
    }
  }

  @Test
  void format_names_are_the_wire_names() {
    assertThat(Format.of("acled-csv")).isEqualTo(Format.ACLED_CSV);
    assertThat(Format.GEOJSON).hasToString("geojson");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Format.of("xml"))
        .hasMessageContaining("known: acled-csv, jsonl, geojson");
  }

  @Test
  void quoting_follows_rfc_4180() {
    assertThat(Csv.field("plain")).isEqualTo("plain");
    assertThat(Csv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(Csv.field("two\nlines")).isEqualTo("\"two\nlines\"");
  }

  /** A strict RFC 4180 reader, so the test checks the quoting rather than trusting it. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && csv.startsWith("\r\n", i)) {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
