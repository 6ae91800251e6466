package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.TestPipeline;
import org.sitrep.model.Claim;

/**
 * The claims a careful reader finds in the two reference articles (see the seeds README of the
 * shared folder). The articles are read from there, never copied into the project.
 */
@Tag("model")
class SeedArticlesClaimTest {
  private static final Map<String, String> TEXTS = new HashMap<>();
  private static final Map<String, List<Claim>> CLAIMS = new HashMap<>();

  @BeforeAll
  static void extract_the_seed_articles() throws IOException {
    Path seeds = Path.of(System.getProperty("sitrep.shared"), "seeds", "articles.jsonl");
    ObjectMapper json = new ObjectMapper();
    ClaimExtractor extractor = new ClaimExtractor();
    for (String line : Files.readAllLines(seeds)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode article = json.readTree(line);
      String id = article.get("id").asText();
      String text = article.get("text").asText();
      LocalDate published = LocalDate.parse(article.get("published").asText());
      TEXTS.put(id, text);
      CLAIMS.put(
          id,
          ClaimExtractorTest.checked(
              text,
              extractor.extract(TestPipeline.annotate(text, published), List.of(), List.of())));
    }
  }

  @Test
  void seed_000_attributes_the_strength_estimate_to_pentagon_officials() {
    assertThat(CLAIMS.get("seed-000"))
        .anyMatch(
            speakerIs("Pentagon officials")
                .and(c -> c.content().text().contains("fewer than 1,000")));
  }

  @Test
  void seed_000_attributes_the_direct_quotes_to_mattis_and_nicholson() {
    List<Claim> direct = CLAIMS.get("seed-000").stream().filter(Claim::direct).toList();

    assertThat(direct).filteredOn(speakerContains("Mattis")).hasSize(2);
    assertThat(direct)
        .filteredOn(speakerContains("Mattis"))
        .extracting(c -> c.cue().text())
        .containsExactly("told", "added");
    assertThat(direct)
        .filteredOn(speakerContains("Mattis"))
        .anyMatch(c -> c.speaker().text().equals("he"));
    assertThat(direct).anyMatch(speakerContains("Nicholson"));
    assertThat(direct).anyMatch(speakerContains("US military"));
  }

  @Test
  void seed_002_keeps_the_taliban_denial() {
    assertThat(CLAIMS.get("seed-002"))
        .anyMatch(speakerContains("Taliban").and(c -> c.stance().equals("deny")));
  }

  @Test
  void seed_002_reads_the_coalition_estimate() {
    assertThat(CLAIMS.get("seed-002"))
        .anyMatch(
            speakerIs("The NATO-led coalition")
                .and(c -> c.stance().equals("estimate"))
                .and(c -> c.content().text().contains("around 1,500")));
  }

  @Test
  void seed_002_attributes_quotes_to_several_speakers() {
    List<Claim> direct = CLAIMS.get("seed-002").stream().filter(Claim::direct).toList();

    assertThat(direct).anyMatch(speakerIs("A political analyst in Kabul"));
    assertThat(direct).anyMatch(speakerIs("A tribal leader in Hisha Mina"));
    assertThat(direct).anyMatch(speakerContains("Malek Haseeb"));
    assertThat(direct.stream().map(c -> c.speaker() == null ? "" : c.speaker().name()).distinct())
        .hasSizeGreaterThan(2);
  }

  private static Predicate<Claim> speakerIs(String name) {
    return claim -> claim.speaker() != null && claim.speaker().name().equals(name);
  }

  private static Predicate<Claim> speakerContains(String name) {
    return claim -> claim.speaker() != null && claim.speaker().name().contains(name);
  }
}
