package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.TestPipeline;
import org.sitrep.model.Claim;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.RelationType;

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
              TestPipeline.extractor().extract(TestPipeline.article(text, published)).claims()));
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

  @Test
  void seed_000_reads_the_strength_estimate_as_an_interval_from_zero_as_of_august_2017() {
    Claim estimate =
        only(
            CLAIMS.get("seed-000"),
            c -> c.quantity() != null && speakerIs("Pentagon officials").test(c));
    QuantityClaim quantity = estimate.quantity();

    assertThat(quantity.subjectActorId()).isEqualTo("islamic-state");
    assertThat(quantity.min()).isZero();
    assertThat(quantity.max()).isEqualTo(1000);
    assertThat(quantity.maxExclusive()).isTrue();
    assertThat(quantity.asOf()).isEqualTo("2017-08");
  }

  @Test
  void seed_002_gives_the_coalition_estimate_to_the_coalition_alone() {
    List<Claim> withNumber =
        CLAIMS.get("seed-002").stream()
            .filter(c -> c.quantity() != null && c.quantity().text().equals("around 1,500"))
            .toList();

    assertThat(withNumber).hasSize(1);
    Claim estimate = withNumber.get(0);
    assertThat(estimate.speaker().actorId()).isEqualTo("resolute-support");
    assertThat(estimate.stance()).isEqualTo("estimate");
    assertThat(estimate.quantity().subjectActorId()).isEqualTo("islamic-state");
    assertThat(estimate.quantity().min()).isEqualTo(1350);
    assertThat(estimate.quantity().max()).isEqualTo(1650);
    assertThat(estimate.quantity().asOf()).isEqualTo("2016-08");
  }

  @Test
  void seed_000_states_in_its_own_voice_that_the_taliban_are_at_odds_with_is() {
    Claim own = only(CLAIMS.get("seed-000"), c -> c.articleVoice() && !c.relations().isEmpty());

    assertThat(own.speaker()).isNull();
    assertThat(own.relations())
        .anyMatch(
            r -> r.relation() == RelationType.AT_ODDS && between(r, "taliban", "islamic-state"));
  }

  @Test
  void seed_000_reads_the_accusation_that_pakistan_supports_the_taliban() {
    Claim accusation = only(CLAIMS.get("seed-000"), c -> c.stance().equals("accuse"));

    assertThat(accusation.relations())
        .anyMatch(
            r ->
                r.relation() == RelationType.SUPPORTS
                    && r.subject().text().equals("Islamabad")
                    && "taliban".equals(r.object().actorId()));
  }

  @Test
  void seed_002_reads_the_alliance_as_claimed_confirmed_and_denied() {
    List<Claim> claims = CLAIMS.get("seed-002");
    Predicate<Claim> alliance =
        c ->
            c.relations().stream()
                .anyMatch(
                    r ->
                        r.relation() == RelationType.ALLIED
                            && !r.negated()
                            && between(r, "taliban", "islamic-state"));

    assertThat(claims)
        .anyMatch(alliance.and(speakerIs("Local tribal leaders")).and(stance("assert")));
    assertThat(claims)
        .anyMatch(
            alliance.and(speakerIs("An army commander in the region")).and(stance("confirm")));
    assertThat(claims).anyMatch(alliance.and(speakerContains("Taliban")).and(stance("deny")));
  }

  @Test
  void seed_000_links_the_pentagon_confirmation_to_the_airstrike_it_reports() {
    Claim report = only(CLAIMS.get("seed-000"), stance("confirm"));

    assertThat(report.speaker().actorId()).isEqualTo("pentagon");
    assertThat(report.events()).hasSize(1);
  }

  private static boolean between(RelationClaim relation, String one, String other) {
    Set<String> actors = new HashSet<>();
    actors.add(relation.subject().actorId());
    actors.add(relation.object().actorId());
    return actors.equals(Set.of(one, other));
  }

  private static Claim only(List<Claim> claims, Predicate<Claim> which) {
    List<Claim> found = claims.stream().filter(which).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Predicate<Claim> stance(String stance) {
    return claim -> claim.stance().equals(stance);
  }

  private static Predicate<Claim> speakerIs(String name) {
    return claim -> claim.speaker() != null && claim.speaker().text().equals(name);
  }

  private static Predicate<Claim> speakerContains(String name) {
    return claim ->
        claim.speaker() != null
            && (claim.speaker().text().contains(name) || claim.speaker().name().contains(name));
  }
}
