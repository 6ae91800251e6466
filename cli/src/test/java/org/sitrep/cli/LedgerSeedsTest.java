package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.server.PostgresServer;

/**
 * The two seed articles read together, as the seeds' README asks: one Hafiz Saeed death with two
 * sources, the two strength estimates flagged as disagreeing, the contested Taliban–IS relation,
 * and three leaders in succession. Once on the embedded ledger and once on PostgreSQL.
 */
@Tag("model")
class LedgerSeedsTest {
  @TempDir static Path folder;
  private static Path extracted;
  private static String sqlite;
  private static String postgres;

  @BeforeAll
  static void ingest_the_seeds_into_both_engines() throws IOException {
    sqlite = folder.resolve("seeds.db").toString();
    CommandRun ingest =
        CommandRun.of("ingest", "--db", sqlite, "--threads", "2", SharedData.seeds().toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("2 added");

    CommandRun extract = CommandRun.of("extract", "--threads", "2", SharedData.seeds().toString());
    assertThat(extract.exitCode()).as(extract.err()).isZero();
    extracted = folder.resolve("seeds.jsonl");
    Files.writeString(extracted, extract.out(), StandardCharsets.UTF_8);
    postgres = PostgresServer.freshDatabase("sitrep_seeds");
    CommandRun stored =
        CommandRun.of("ingest", "--db", postgres, "--extracted", extracted.toString());
    assertThat(stored.exitCode()).as(stored.err()).isZero();
    assertThat(stored.err()).contains("2 added");
  }

  static Stream<String> ledgers() {
    return Stream.of(sqlite, postgres);
  }

  @ParameterizedTest
  @MethodSource("ledgers")
  void hafiz_saeeds_death_is_one_event_with_two_sources(String db) throws IOException {
    List<JsonNode> events =
        jsonl("events", "--db", db, "--actor", "Hafiz Saeed Khan", "--format", "jsonl");
    List<JsonNode> deaths = new ArrayList<>();
    for (JsonNode event : events) {
      if (event.at("/merged/sources").asInt() == 2) {
        deaths.add(event);
      }
    }
    assertThat(deaths).hasSize(1);
    JsonNode death = deaths.get(0);
    assertThat(death.at("/merged/type").asText()).isEqualTo("ASSAULT");
    assertThat(death.at("/merged/date/value").asText()).isEqualTo("2016-07");
    assertThat(death.at("/merged/independent_sources").asInt()).isEqualTo(2);
    assertThat(death.get("reports").findValuesAsText("article_id"))
        .containsExactly("seed-002", "seed-000");
    assertThat(death.at("/merged/first_reported").asText()).isEqualTo("2016-08-14");
    assertThat(death.at("/merged/last_reported").asText()).isEqualTo("2017-08-12");
  }

  @ParameterizedTest
  @MethodSource("ledgers")
  void the_strength_estimates_disagree_and_the_taliban_relation_is_contested(String db)
      throws IOException {
    List<JsonNode> comparisons = jsonl("contradictions", "--db", db, "--format", "jsonl");
    JsonNode strength = find(comparisons, "quantity", "islamic-state");
    assertThat(strength.get("verdict").asText()).isEqualTo("disagree");
    assertThat(strength.get("sides")).hasSize(2);
    assertThat(strength.at("/sides/0/claims/0/article_id").asText()).isEqualTo("seed-002");
    assertThat(strength.at("/sides/0/claims/0/as_of").asText()).startsWith("2016");
    assertThat(strength.at("/sides/1/claims/0/article_id").asText()).isEqualTo("seed-000");
    assertThat(strength.at("/sides/1/claims/0/as_of").asText()).startsWith("2017");

    JsonNode relation = find(comparisons, "relation", "taliban");
    assertThat(relation.get("verdict").asText()).isEqualTo("contested");
    assertThat(relation.get("sides").findValuesAsText("position"))
        .contains("allied", "not allied", "at odds");
  }

  @ParameterizedTest
  @MethodSource("ledgers")
  void three_leaders_of_is_in_afghanistan_in_succession(String db) throws IOException {
    List<JsonNode> profiles = jsonl("actor", "--db", db, "ISIS-K", "--format", "jsonl");
    assertThat(profiles).hasSize(1);
    List<String> leaders = new ArrayList<>();
    for (JsonNode role : profiles.get(0).get("members")) {
      if (role.get("role").asText().equals("leader")) {
        leaders.add(role.get("actor_id").asText());
      }
    }
    assertThat(leaders).containsExactly("hafiz-saeed-khan", "abdul-hasib", "abu-sayed");
  }

  @ParameterizedTest
  @MethodSource("ledgers")
  void ingesting_the_seeds_again_changes_nothing(String db) throws IOException {
    CommandRun again = CommandRun.of("ingest", "--db", db, "--extracted", extracted.toString());
    assertThat(again.exitCode()).as(again.err()).isZero();
    assertThat(again.err()).contains("0 added").contains("2 already there");
  }

  private static JsonNode find(List<JsonNode> comparisons, String kind, String subject) {
    return comparisons.stream()
        .filter(c -> c.get("kind").asText().equals(kind))
        .filter(c -> c.get("subject").asText().contains(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " comparison on " + subject));
  }

  private static List<JsonNode> jsonl(String... args) throws IOException {
    CommandRun run = CommandRun.of(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : run.lines()) {
      nodes.add(ExtractionJson.mapper().readTree(line));
    }
    return nodes;
  }
}
