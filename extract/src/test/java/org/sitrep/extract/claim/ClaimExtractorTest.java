package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.extract.TestPipeline;
import org.sitrep.extract.entity.ActorCatalog;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Quantity;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.TextSpan;
import org.sitrep.model.text.AnnotatedText;

@Tag("model")
class ClaimExtractorTest {
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(ActorCatalog.loadDefault());
  private static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 4);

  @Test
  void finds_the_speaker_after_a_quote() {
    String text =
        "“We will rebuild the bridge before winter,” Governor Ahmad Karimi told reporters.";
    Claim claim = single(claims(text));

    assertThat(claim.direct()).isTrue();
    assertThat(claim.speaker().text()).isEqualTo("Governor Ahmad Karimi");
    assertThat(claim.cue().text()).isEqualTo("told");
    assertThat(claim.content().text()).isEqualTo("We will rebuild the bridge before winter");
    assertThat(claim.stance()).isEqualTo("assert");
  }

  @Test
  void leaves_the_relative_clause_out_of_a_speaker_after_said() {
    String text =
        "“The road to the airport is open again,” said Colonel Maria Lopez, who commands the"
            + " garrison in the city.";
    Claim claim = single(claims(text));

    assertThat(claim.speaker().text()).isEqualTo("Colonel Maria Lopez");
    assertThat(claim.cue().text()).isEqualTo("said");
  }

  @Test
  void finds_the_speaker_before_a_quote() {
    String text = "The mayor said: “The water supply has been restored in every district.”";
    Claim claim = single(claims(text));

    assertThat(claim.direct()).isTrue();
    assertThat(claim.speaker().text()).isEqualTo("The mayor");
    assertThat(claim.content().text())
        .isEqualTo("The water supply has been restored in every district.");
  }

  @Test
  void reads_he_as_the_person_who_spoke_last() {
    String text =
        "“The convoy arrived safely this morning,” Karimi said. “It carried food for three"
            + " villages,” he added.";
    List<Claim> claims = claims(text);

    assertThat(claims).hasSize(2);
    assertThat(claims.get(1).speaker().text()).isEqualTo("he");
    assertThat(claims.get(1).speaker().name()).isEqualTo("Karimi");
    assertThat(claims.get(1).cue().text()).isEqualTo("added");
  }

  @Test
  void attributes_a_quote_paragraph_to_the_speaker_introduced_before_it() {
    String text =
        "A shopkeeper in Gardez spoke to reporters on Monday.\n\n"
            + "“Prices have doubled since the checkpoints went up. Nobody can afford flour"
            + " anymore.”";
    Claim claim = single(claims(text));

    assertThat(claim.direct()).isTrue();
    assertThat(claim.speaker().text()).isEqualTo("A shopkeeper in Gardez");
    assertThat(claim.content().text()).startsWith("Prices have doubled").endsWith("anymore.");
  }

  @Test
  void keeps_a_quote_over_two_sentences_as_one_claim() {
    String text =
        "“The attack came at dawn. Three houses were burned to the ground,” a village elder"
            + " told the agency.";
    Claim claim = single(claims(text));

    assertThat(claim.speaker().text()).isEqualTo("a village elder");
    assertThat(claim.content().text())
        .isEqualTo("The attack came at dawn. Three houses were burned to the ground");
  }

  @Test
  void ignores_scare_quotes() {
    String text =
        "The militia calls itself the “Northern Shield” and operates near the border with its"
            + " “mobile units”.";

    assertThat(claims(text)).isEmpty();
  }

  @Test
  void reads_according_to_as_attribution_of_the_rest_of_the_sentence() {
    String text = "According to local officials, the bridge was destroyed on Tuesday night.";
    Claim claim = single(claims(text));

    assertThat(claim.direct()).isFalse();
    assertThat(claim.cue().text()).isEqualTo("According to");
    assertThat(claim.speaker().text()).isEqualTo("local officials");
    assertThat(claim.content().text()).isEqualTo("the bridge was destroyed on Tuesday night");
  }

  @Test
  void reads_according_to_at_the_very_end_of_a_text_without_a_full_stop() {
    String text = "Two shops were set on fire in the market, according to residents";
    Claim claim = single(claims(text));

    assertThat(claim.speaker().text()).isEqualTo("residents");
    assertThat(claim.content().text()).isEqualTo("Two shops were set on fire in the market");
  }

  @Test
  void reads_a_denial_with_its_stance() {
    String text = "The rebel command denied that its fighters had shelled the market.";
    Claim claim = single(claims(text));

    assertThat(claim.stance()).isEqualTo("deny");
    assertThat(claim.speaker().text()).isEqualTo("The rebel command");
    assertThat(claim.content().text()).isEqualTo("its fighters had shelled the market");
  }

  @Test
  void keeps_a_partial_quote_inside_reported_speech_as_one_claim() {
    String text =
        "The ministry had said the new road would “bring trade back to the valley by spring.”";
    Claim claim = single(claims(text));

    assertThat(claim.speaker().text()).isEqualTo("The ministry");
    assertThat(claim.cue().text()).isEqualTo("said");
    assertThat(claim.content().text()).startsWith("the new road would “bring trade");
  }

  @Test
  void reads_an_upper_bound_from_the_clause_subject_as_a_count_from_zero_as_of_publication() {
    String text = "Army officers say the militia now numbers fewer than 500 in the district.";
    AnnotatedText annotated = TestPipeline.annotate(text, PUBLISHED);
    int at = text.indexOf("fewer than 500");
    Quantity fewer = new Quantity(at, at + 14, "fewer than 500", null, 500L, false, true, null);

    Claim claim = single(checked(text, claims(annotated, List.of(), List.of(fewer))));

    assertThat(claim.speaker().text()).isEqualTo("Army officers");
    assertThat(claim.quantity().subject()).isEqualTo("the militia");
    assertThat(claim.quantity().max()).isEqualTo(500L);
    assertThat(claim.quantity().maxExclusive()).isTrue();
    assertThat(claim.quantity().min()).isZero();
    assertThat(claim.quantity().minExclusive()).isFalse();
    assertThat(claim.quantity().asOf()).isEqualTo("2021-03");
    assertThat(claim.quantity().text()).isEqualTo("fewer than 500");
  }

  @Test
  void reads_an_estimate_with_the_counted_unit_as_subject() {
    String text =
        "The monitoring group estimates that there are about 3,000 rebel fighters nearby.";
    AnnotatedText annotated = TestPipeline.annotate(text, PUBLISHED);
    int at = text.indexOf("about 3,000");
    Quantity about =
        new Quantity(at, at + 11, "about 3,000", 3000L, 3000L, false, false, "fighters");
    int group = text.indexOf("monitoring group");
    Entity monitor =
        new Entity(
            "E1",
            EntityKind.ORGANIZATION,
            "Valley Monitoring Group",
            "org:valley-monitor",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(TextSpan.of(text, group, group + 16)));

    Claim claim = single(checked(text, claims(annotated, List.of(monitor), List.of(about))));

    assertThat(claim.stance()).isEqualTo("estimate");
    assertThat(claim.speaker().text()).isEqualTo("The monitoring group");
    assertThat(claim.speaker().entity()).isEqualTo("E1");
    assertThat(claim.speaker().name()).isEqualTo("Valley Monitoring Group");
    assertThat(claim.speaker().actorId()).isEqualTo("org:valley-monitor");
    assertThat(claim.quantity().subject()).isEqualTo("rebel fighters");
    assertThat(claim.quantity().unit()).isEqualTo("fighters");
    assertThat(claim.quantity().min()).isEqualTo(3000L);
  }

  @Test
  void links_a_quoted_person_to_the_entity_with_the_mention() {
    String text = "“We are ready to negotiate next week,” said Hamid Noori, the rebel spokesman.";
    AnnotatedText annotated = TestPipeline.annotate(text, PUBLISHED);
    int at = text.indexOf("Hamid Noori");
    Entity noori =
        new Entity(
            "E4",
            EntityKind.PERSON,
            "Hamid Noori Zadran",
            "person:noori",
            null,
            "AF",
            null,
            null,
            List.of(),
            List.of(TextSpan.of(text, at, at + 11)));

    Claim claim = single(checked(text, claims(annotated, List.of(noori), List.of())));

    assertThat(claim.speaker().text()).isEqualTo("Hamid Noori");
    assertThat(claim.speaker().name()).isEqualTo("Hamid Noori Zadran");
    assertThat(claim.speaker().entity()).isEqualTo("E4");
    assertThat(claim.speaker().actorId()).isEqualTo("person:noori");
  }

  @Test
  void numbers_claims_in_reading_order() {
    String text =
        "Police said the curfew would end on Friday. The governor denied that troops had"
            + " fired on protesters.";
    List<Claim> claims = claims(text);

    assertThat(claims).extracting(Claim::id).containsExactly("C1", "C2");
    assertThat(claims).extracting(Claim::stance).containsExactly("assert", "deny");
  }

  @Test
  void leaves_a_relative_clause_out_of_a_speaker_before_said() {
    String text = "The governor, who visited the dam on Monday, said the structure was safe.";
    Claim claim = single(claims(text));

    assertThat(claim.direct()).isFalse();
    assertThat(claim.speaker().text()).isEqualTo("The governor");
    assertThat(claim.content().text()).isEqualTo("the structure was safe");
  }

  @Test
  void reads_the_agent_of_a_passive_report_as_the_speaker() {
    String text = "It was reported by state television that the airport had reopened.";
    Claim claim = single(claims(text));

    assertThat(claim.speaker().text()).isEqualTo("state television");
    assertThat(claim.cue().text()).isEqualTo("reported");
    assertThat(claim.content().text()).isEqualTo("the airport had reopened");
  }

  @Test
  void prefers_a_quote_own_cue_over_the_speaker_of_the_paragraph_before() {
    String text =
        "“The wells have run dry in our village,” a farmer told the agency.\n\n"
            + "“We sent two water trucks there last week,” said the district governor.";
    List<Claim> claims = claims(text);

    assertThat(claims)
        .extracting(c -> c.speaker().text())
        .containsExactly("a farmer", "the district governor");
  }

  @Test
  void survives_odd_quotation_marks() {
    String text =
        "He said “ and stopped.\n\n\"\" was all.\n\n“Unfinished words of the man who spoke"
            + " here\n\nThe end.”";

    assertThat(claims(text)).allSatisfy(claim -> assertThat(claim.content().text()).isNotBlank());
    assertThat(claims("")).isEmpty();
  }

  @Test
  void continues_a_quote_over_paragraphs_with_the_same_speaker() {
    String text =
        "The commander said: “We will hold the pass until the snow comes.\n\n"
            + "“After that, nobody can cross it anyway.”";
    List<Claim> claims = claims(text);

    assertThat(claims).hasSize(2);
    assertThat(claims).allMatch(Claim::direct);
    assertThat(claims).extracting(c -> c.speaker().text()).containsOnly("The commander");
  }

  @Test
  void reads_a_promise_as_its_infinitive() {
    Claim claim = single(claims("The governor vowed to rebuild the market."));

    assertThat(claim.stance()).isEqualTo("promise");
    assertThat(claim.content().text()).isEqualTo("to rebuild the market");
  }

  @Test
  void reads_a_question_as_what_was_asked() {
    Claim claim = single(claims("Officials asked whether the bridge could be reopened."));

    assertThat(claim.stance()).isEqualTo("ask");
    assertThat(claim.content().text()).isEqualTo("the bridge could be reopened");
  }

  @Test
  void reads_criticism_as_its_object() {
    Claim claim = single(claims("The mayor criticized the police for the delay."));

    assertThat(claim.stance()).isEqualTo("accuse");
    assertThat(claim.speaker().text()).isEqualTo("The mayor");
    assertThat(claim.content().text()).startsWith("the police");
  }

  @Test
  void reads_a_parenthetical_cue_inside_the_clause_it_reports() {
    Claim claim = single(claims("The ceasefire, she added, would hold."));

    assertThat(claim.speaker().text()).isEqualTo("she");
    assertThat(claim.content().text()).startsWith("The ceasefire").endsWith("would hold");
  }

  @Test
  void reads_the_speaker_after_an_inverted_said() {
    Claim claim = single(claims("Troops will stay until March, said the minister."));

    assertThat(claim.speaker().text()).isEqualTo("the minister");
    assertThat(claim.content().text()).isEqualTo("Troops will stay until March");
  }

  @Test
  void reads_a_quote_signed_with_a_dash_and_a_name() {
    Claim claim = single(claims("“The water has been off for three days now.” ― Lina Haddad"));

    assertThat(claim.direct()).isTrue();
    assertThat(claim.speaker().text()).isEqualTo("Lina Haddad");
    assertThat(claim.cue().text()).isEqualTo("―");
  }

  @Test
  void gives_a_participle_cue_the_subject_of_its_clause() {
    Claim claim =
        single(claims("The envoy left the talks early, saying the offer was not serious."));

    assertThat(claim.speaker().text()).isEqualTo("The envoy");
    assertThat(claim.content().text()).isEqualTo("the offer was not serious");
  }

  @Test
  void keeps_no_first_person_hedge_inside_a_quote_as_a_claim_of_its_own() {
    List<Claim> claims =
        claims("“I think the convoy will arrive tomorrow,” the driver told reporters.");

    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).speaker().text()).isEqualTo("the driver");
  }

  @Test
  void reads_what_a_call_for_asks_for() {
    Claim claim = single(claims("The bishop called for an end to the curfew."));

    assertThat(claim.content().text()).isEqualTo("an end to the curfew");
  }

  @Test
  void keeps_the_own_cue_of_a_quote_beside_according_to() {
    String text = "“The situation is desperate,” the envoy added, according to a statement.";
    Claim claim = single(claims(text));

    assertThat(claim.speaker().text()).isEqualTo("the envoy");
    assertThat(claim.cue().text()).isEqualTo("added");
  }

  private static List<Claim> claims(String text) {
    AnnotatedText annotated = TestPipeline.annotate(text, PUBLISHED);
    return checked(text, claims(annotated, List.of(), List.of()));
  }

  private static List<Claim> claims(
      AnnotatedText annotated, List<Entity> entities, List<Quantity> quantities) {
    return EXTRACTOR.extract(
        new DependencyGraph(annotated),
        new EntityIndex(entities),
        quantities,
        List.of(),
        PUBLISHED);
  }

  private static Claim single(List<Claim> claims) {
    assertThat(claims).hasSize(1);
    return claims.get(0);
  }

  /** Every span of every claim is exactly its slice of the text. */
  static List<Claim> checked(String text, List<Claim> claims) {
    for (Claim claim : claims) {
      if (claim.cue() != null) {
        assertSlice(text, claim.cue().start(), claim.cue().end(), claim.cue().text());
      }
      assertSlice(text, claim.content().start(), claim.content().end(), claim.content().text());
      assertThat(claim.content().text()).isNotBlank();
      if (claim.speaker() != null) {
        assertSlice(text, claim.speaker().start(), claim.speaker().end(), claim.speaker().text());
      }
      for (RelationClaim relation : claim.relations()) {
        assertSlice(text, relation.start(), relation.end(), relation.text());
        assertSlice(
            text, relation.subject().start(), relation.subject().end(), relation.subject().text());
        assertSlice(
            text, relation.object().start(), relation.object().end(), relation.object().text());
      }
      if (claim.quantity() != null) {
        assertSlice(
            text, claim.quantity().start(), claim.quantity().end(), claim.quantity().text());
        assertThat(
                claim
                    .content()
                    .span()
                    .encloses(
                        new org.sitrep.model.Span(
                            claim.quantity().start(), claim.quantity().end())))
            .isTrue();
      }
    }
    return claims;
  }

  private static void assertSlice(String text, int start, int end, String slice) {
    assertThat(text.substring(start, end)).isEqualTo(slice);
  }
}
