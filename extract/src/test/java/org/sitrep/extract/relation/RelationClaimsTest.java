package org.sitrep.extract.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.TestPipeline;
import org.sitrep.model.Claim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.RelationType;

/** Relations between actors, read end to end and placed in the claims that state them. */
@Tag("model")
class RelationClaimsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 2);

  @Test
  void reads_at_odds_through_a_relative_clause_as_the_article_own_statement() {
    List<Claim> claims =
        claims("The Taliban, which as a movement is at odds with IS, seized two districts.");

    Claim own = single(claims.stream().filter(c -> !c.relations().isEmpty()).toList());
    assertThat(own.articleVoice()).isTrue();
    assertThat(own.speaker()).isNull();
    RelationClaim relation = single(own.relations());
    assertThat(relation.relation()).isEqualTo(RelationType.AT_ODDS);
    assertThat(relation.subject().actorId()).isEqualTo("taliban");
    assertThat(relation.object().actorId()).isEqualTo("islamic-state");
    assertThat(relation.text()).isEqualTo("at odds");
    assertThat(relation.negated()).isFalse();
  }

  @Test
  void reads_the_backer_of_a_passive_inside_the_claim_that_reports_it() {
    Claim claim = single(claims("The Houthis are backed by Iran, officials said on Tuesday."));

    assertThat(claim.speaker().text()).isEqualTo("officials");
    RelationClaim relation = single(claim.relations());
    assertThat(relation.relation()).isEqualTo(RelationType.SUPPORTS);
    assertThat(relation.subject().name()).isEqualTo("Iran");
    assertThat(relation.object().actorId()).isEqualTo("houthis");
  }

  @Test
  void reads_a_hyphenated_backer_before_the_group_it_backs() {
    RelationClaim relation =
        onlyRelation(claims("The Iran-backed Houthis fired three missiles at ships on Sunday."));

    assertThat(relation.relation()).isEqualTo(RelationType.SUPPORTS);
    assertThat(relation.subject().name()).isEqualTo("Iran");
    assertThat(relation.object().actorId()).isEqualTo("houthis");
  }

  @Test
  void reads_fighting_each_other_as_at_odds_between_the_two_conjuncts() {
    RelationClaim relation =
        onlyRelation(
            claims("Al-Shabaab and the Islamic State have been fighting each other since 2018."));

    assertThat(relation.relation()).isEqualTo(RelationType.AT_ODDS);
    assertThat(List.of(relation.subject().actorId(), relation.object().actorId()))
        .containsExactlyInAnyOrder("al-shabaab", "islamic-state");
  }

  @Test
  void marks_a_relation_that_has_ended_as_negated() {
    RelationClaim relation =
        onlyRelation(claims("Al-Shabaab and the Islamic State stopped fighting each other."));

    assertThat(relation.negated()).isTrue();
  }

  @Test
  void reads_who_is_accused_of_supporting_whom() {
    Claim claim =
        single(claims("Congolese officials accused Kigali of supporting the M23 rebels."));

    assertThat(claim.stance()).isEqualTo("accuse");
    RelationClaim relation = single(claim.relations());
    assertThat(relation.relation()).isEqualTo(RelationType.SUPPORTS);
    assertThat(relation.subject().text()).isEqualTo("Kigali");
    assertThat(relation.object().actorId()).isEqualTo("m23");
  }

  @Test
  void resolves_they_to_the_group_that_denies_the_alliance() {
    Claim denial =
        single(
            claims(
                    "JNIM fighters attacked a convoy near Mopti. The group denies that it has"
                        + " joined forces with the Islamic State.")
                .stream()
                .filter(c -> c.stance().equals("deny"))
                .toList());

    RelationClaim relation = single(denial.relations());
    assertThat(relation.relation()).isEqualTo(RelationType.ALLIED);
    assertThat(relation.subject().text()).isEqualTo("it");
    assertThat(relation.subject().actorId()).isEqualTo("jnim");
    assertThat(relation.object().actorId()).isEqualTo("islamic-state");
  }

  @Test
  void restates_the_alliance_a_definite_mention_refers_back_to() {
    List<Claim> claims =
        claims(
            "Local elders say the RSF has formed an alliance with the Misseriya militia. A police"
                + " chief confirmed that the alliance was sealed in March.");

    Claim confirmation = single(claims.stream().filter(c -> c.stance().equals("confirm")).toList());
    RelationClaim relation = single(confirmation.relations());
    assertThat(relation.relation()).isEqualTo(RelationType.ALLIED);
    assertThat(relation.subject().actorId()).isEqualTo("rsf");
  }

  @Test
  void reads_participles_whose_stems_coincide_without_failing() {
    List<Claim> claims =
        claims("Many employed and unemployed workers said the allied forces had left.");

    assertThat(claims).isNotEmpty();
  }

  @Test
  void finds_no_relation_in_a_coalition_of_parties_or_a_support_base() {
    List<Claim> claims =
        claims(
            "A coalition of opposition parties marched in the capital. The group's support base"
                + " is in the north.");

    assertThat(claims).allMatch(c -> c.relations().isEmpty());
  }

  private static List<Claim> claims(String text) {
    return TestPipeline.extractor().extract(TestPipeline.article(text, PUBLISHED)).claims();
  }

  private static RelationClaim onlyRelation(List<Claim> claims) {
    return single(claims.stream().flatMap(c -> c.relations().stream()).toList());
  }

  private static <T> T single(List<T> items) {
    assertThat(items).hasSize(1);
    return items.get(0);
  }
}
