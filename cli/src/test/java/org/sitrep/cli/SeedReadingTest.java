package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.store.json.ExtractionJson;

/**
 * The founding articles (../shared/seeds) read as a careful analyst reads them (the seeds' README),
 * and a golden digest of the whole extraction that -Dgolden.update=true rewrites.
 */
@Tag("model")
class SeedReadingTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/seeds.digest");
  private static final Map<String, JsonNode> SEEDS = new LinkedHashMap<>();

  @BeforeAll
  static void extract_the_seeds() throws IOException {
    CommandRun run = CommandRun.of("extract", "--threads", "2", SharedData.seeds().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    for (String line : run.lines()) {
      JsonNode node = ExtractionJson.mapper().readTree(line);
      SEEDS.put(node.at("/article/id").asText(), node);
    }
    assertThat(SEEDS).containsKeys("seed-000", "seed-002");
  }

  @Test
  void the_kunar_airstrike_that_killed_abu_sayed() {
    JsonNode event =
        event(
            "seed-000",
            e -> hasVictim(e, "Abu Sayed") && e.at("/date/value").asText().equals("2017-07-11"));
    assertThat(event.get("type").asText()).isEqualTo("ASSAULT");
    assertThat(event.get("mode").asText()).isEqualTo("aerial");
    assertThat(event.at("/acled/event_type").asText()).isEqualTo("Explosions/Remote violence");
    assertThat(event.at("/acled/sub_event_type").asText()).isEqualTo("Air/drone strike");
    assertThat(event.at("/date/precision").asText()).isEqualTo("day");
    assertThat(event.at("/location/admin1").asText()).isEqualTo("Kunar");
    assertThat(event.at("/location/country_code").asText()).isEqualTo("AF");
    assertThat(event.at("/location/lat").asDouble()).isBetween(34.0, 36.0);
  }

  @Test
  void the_earlier_leaders_killed_in_july_2016_and_april_2017() {
    JsonNode saeed = event("seed-000", e -> hasVictim(e, "Hafiz Saeed"));
    assertThat(saeed.at("/date/value").asText()).isEqualTo("2016-07");
    assertThat(saeed.at("/date/precision").asText()).isEqualTo("month");
    JsonNode hasib = event("seed-000", e -> hasVictim(e, "Abdul Hasib"));
    assertThat(hasib.at("/date/value").asText()).isEqualTo("2017-04");
    assertThat(hasib.at("/date/precision").asText()).isEqualTo("month");
  }

  @Test
  void hafiz_saeed_killed_last_month_in_the_2016_report() {
    JsonNode saeed = event("seed-002", e -> hasVictim(e, "Hafiz Saeed"));
    assertThat(saeed.get("type").asText()).isEqualTo("ASSAULT");
    assertThat(saeed.at("/date/value").asText()).isEqualTo("2016-07");
  }

  @Test
  void the_kabul_bombing_with_80_killed() {
    JsonNode kabul = event("seed-002", e -> e.at("/fatalities/min").asInt() == 80);
    assertThat(kabul.at("/location/name").asText()).isEqualTo("Kabul");
    assertThat(kabul.at("/date/value").asText()).isEqualTo("2016-07");
  }

  @Test
  void the_seed_places_are_in_afghanistan_or_honestly_unresolved() {
    assertThat(place("seed-000", "Kunar").get("feature").asText()).isEqualTo("admin1");
    assertThat(place("seed-002", "Nangarhar").get("country_code").asText()).isEqualTo("AF");
    assertThat(place("seed-002", "Kabul").get("country_code").asText()).isEqualTo("AF");
    JsonNode kot = place("seed-002", "Kot");
    assertThat(kot.get("country_code").asText()).isEqualTo("AF");
    assertThat(kot.get("admin1").asText()).isEqualTo("Nangarhar");
    assertThat(kot.get("lat").asDouble()).isBetween(29.0, 39.0);
    assertThat(kot.get("lon").asDouble()).isBetween(60.0, 75.0);
    JsonNode hishaMina = place("seed-002", "Hisha Mina");
    assertThat(hishaMina.get("lat").isNull()).isTrue();
    assertThat(hishaMina.get("resolution").asText()).isEqualTo("not in gazetteer");
  }

  private static JsonNode place(String seed, String text) {
    for (JsonNode place : SEEDS.get(seed).get("places")) {
      if (place.get("text").asText().equals(text)) {
        return place;
      }
    }
    throw new AssertionError("no place '" + text + "' in " + seed);
  }

  @Test
  void the_strength_estimates_are_attributed_claims_with_intervals() {
    JsonNode pentagon =
        claim("seed-000", c -> c.at("/content/text").asText().contains("fewer than 1,000"));
    assertThat(pentagon.at("/speaker/name").asText()).containsIgnoringCase("Pentagon officials");
    assertThat(pentagon.at("/quantity/max").asLong()).isEqualTo(1000);
    assertThat(pentagon.at("/quantity/max_exclusive").asBoolean()).isTrue();
    JsonNode coalition =
        claim(
            "seed-002",
            c ->
                c.at("/content/text").asText().contains("1,500")
                    && c.get("stance").asText().equals("estimate"));
    assertThat(coalition.at("/speaker/text").asText()).containsIgnoringCase("NATO-led coalition");
    assertThat(coalition.get("stance").asText()).isEqualTo("estimate");
    assertThat(coalition.at("/quantity/min").asLong()).isLessThanOrEqualTo(1500);
    assertThat(coalition.at("/quantity/max").asLong()).isGreaterThanOrEqualTo(1500);
  }

  @Test
  void the_taliban_deny_the_alliance() {
    JsonNode denial =
        claim(
            "seed-002",
            c ->
                c.get("stance").asText().equals("deny")
                    && c.at("/speaker/name").asText().contains("Taliban"));
    assertThat(denial.at("/content/text").asText()).contains("joined forces");
  }

  @Test
  void mattis_and_nicholson_are_quoted() {
    assertThat(
            claims("seed-000")
                .filter(c -> c.get("direct").asBoolean())
                .map(c -> c.at("/speaker/name").asText()))
        .anyMatch(name -> name.contains("Mattis"))
        .anyMatch(name -> name.contains("Nicholson"));
  }

  @Test
  void every_span_is_exactly_its_slice_of_the_text() {
    for (JsonNode seed : SEEDS.values()) {
      assertThat(SpanInvariants.check(seed)).isGreaterThan(20);
    }
  }

  @Test
  void the_whole_reading_matches_the_golden_digest() throws IOException {
    String digest = SEEDS.values().stream().map(Digest::of).reduce("", String::concat);
    if (Boolean.getBoolean("golden.update") || !Files.exists(GOLDEN)) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, digest, StandardCharsets.UTF_8);
    }
    assertThat(digest).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  private static Stream<JsonNode> events(String seed) {
    return StreamSupport.stream(SEEDS.get(seed).get("events").spliterator(), false);
  }

  private static Stream<JsonNode> claims(String seed) {
    return StreamSupport.stream(SEEDS.get(seed).get("claims").spliterator(), false);
  }

  private static JsonNode event(String seed, Predicate<JsonNode> test) {
    List<JsonNode> found = new ArrayList<>(events(seed).filter(test).toList());
    assertThat(found).as("events of " + seed + ":\n" + Digest.of(SEEDS.get(seed))).isNotEmpty();
    return found.get(0);
  }

  private static JsonNode claim(String seed, Predicate<JsonNode> test) {
    List<JsonNode> found = new ArrayList<>(claims(seed).filter(test).toList());
    assertThat(found).as("claims of " + seed + ":\n" + Digest.of(SEEDS.get(seed))).isNotEmpty();
    return found.get(0);
  }

  private static boolean hasVictim(JsonNode event, String name) {
    for (JsonNode victim : event.get("victims")) {
      if (victim.get("name").asText().contains(name)
          || victim.get("text").asText().contains(name)) {
        return true;
      }
    }
    return false;
  }
}
