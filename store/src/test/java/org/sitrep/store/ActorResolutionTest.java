package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.Fixtures.article;
import static org.sitrep.store.Fixtures.catalogGroup;
import static org.sitrep.store.Fixtures.extraction;
import static org.sitrep.store.Fixtures.person;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.model.Article;
import org.sitrep.model.EntityKind;
import org.sitrep.store.query.ActorProfile;

/** Actors resolved across articles: one person under two spellings, catalog ids kept. */
class ActorResolutionTest {
  @TempDir Path dir;

  private static final Article FIRST =
      article(
          "a-1",
          "2016-03-02",
          "Abdul Haseeb, a commander of the Khorasan branch, was seen in Achin last week, residents"
              + " said. Daesh fighters guarded the market.");
  private static final Article SECOND =
      article(
          "a-2",
          "2016-04-20",
          "The Islamic State commander Abdul Hasib addressed villagers in Deh Bala, according to"
              + " elders.");
  private static final Article THIRD =
      article(
          "a-3",
          "2016-05-07",
          "Malek Haseeb, a shopkeeper in Jalalabad, said prices of flour had doubled.");

  private static void ingestAll(Ledger ledger) throws SQLException {
    ledger.ingest(
        extraction(
            FIRST,
            List.of(
                person("p1", "Abdul Haseeb", FIRST),
                catalogGroup("g1", "Daesh", "islamic-state", FIRST)),
            List.of()));
    ledger.ingest(
        extraction(
            SECOND,
            List.of(
                person("p1", "Abdul Hasib", SECOND),
                catalogGroup("g1", "Islamic State", "islamic-state", SECOND)),
            List.of()));
    ledger.ingest(extraction(THIRD, List.of(person("p1", "Malek Haseeb", THIRD)), List.of()));
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_person_outside_the_catalog_spelt_two_ways_is_one_actor_with_its_resolution_trail(
      Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "resolve_person")) {
      ingestAll(ledger);

      List<ActorProfile> byLaterSpelling = ledger.actors().profiles("Abdul Hasib");
      List<ActorProfile> byFirstSpelling = ledger.actors().profiles("Abdul Haseeb");

      assertThat(byLaterSpelling).hasSize(1).isEqualTo(byFirstSpelling);
      ActorProfile profile = byLaterSpelling.get(0);
      assertThat(profile.kind()).isEqualTo("PERSON");
      assertThat(profile.fromCatalog()).isFalse();
      assertThat(profile.aliases()).containsExactlyInAnyOrder("Abdul Haseeb", "Abdul Hasib");
      assertThat(profile.decisions())
          .extracting(ActorProfile.Decision::articleId)
          .containsExactly("a-1", "a-2");
      assertThat(profile.decisions().get(0).rule()).isEqualTo("new");
      assertThat(profile.decisions().get(1).rule()).isNotEqualTo("new");
      assertThat(profile.decisions().get(1).name()).isEqualTo("Abdul Hasib");
      assertThat(TestLedgers.count(ledger, "SELECT COUNT(*) FROM actor WHERE kind = 'PERSON'"))
          .isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_person_with_another_first_name_stays_a_different_actor(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "resolve_other")) {
      ingestAll(ledger);

      List<ActorProfile> malek = ledger.actors().profiles("Malek Haseeb");
      List<ActorProfile> abdul = ledger.actors().profiles("Abdul Haseeb");

      assertThat(malek).hasSize(1);
      assertThat(malek.get(0).id()).isNotEqualTo(abdul.get(0).id());
      assertThat(malek.get(0).aliases()).containsExactly("Malek Haseeb");
      assertThat(malek.get(0).decisions())
          .singleElement()
          .satisfies(d -> assertThat(d.rule()).isEqualTo("new"));
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_catalog_actor_keeps_its_catalog_id_under_every_name(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "resolve_catalog")) {
      ingestAll(ledger);

      List<ActorProfile> byAlias = ledger.actors().profiles("Daesh");

      assertThat(byAlias)
          .singleElement()
          .satisfies(
              profile -> {
                assertThat(profile.id()).isEqualTo("islamic-state");
                assertThat(profile.fromCatalog()).isTrue();
                assertThat(profile.aliases()).containsExactlyInAnyOrder("Daesh", "Islamic State");
                assertThat(profile.decisions())
                    .extracting(ActorProfile.Decision::rule)
                    .containsExactly("catalog", "catalog");
              });
      assertThat(ledger.actors().profiles("Islamic State")).isEqualTo(byAlias);
      assertThat(ledger.actors().profiles("islamic-state")).isEqualTo(byAlias);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void a_spelling_the_catalog_lacks_resolves_to_the_catalog_person(Engine engine)
      throws SQLException {
    Article known =
        article("k-1", "2016-08-01", "Hafiz Saeed Khan was named in a statement by the ministry.");
    Article respelt =
        article("k-2", "2016-08-03", "Officials said Hafiz Sayed Khan had been buried in Achin.");
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "resolve_respelt")) {
      ledger.ingest(
          extraction(
              known,
              List.of(
                  Fixtures.entity(
                      "p1", EntityKind.PERSON, "Hafiz Saeed Khan", "hafiz-saeed-khan", known)),
              List.of()));
      ledger.ingest(
          extraction(respelt, List.of(person("p1", "Hafiz Sayed Khan", respelt)), List.of()));

      assertThat(ledger.actors().profiles("Hafiz Sayed Khan"))
          .singleElement()
          .satisfies(
              profile -> {
                assertThat(profile.id()).isEqualTo("hafiz-saeed-khan");
                assertThat(profile.aliases()).contains("Hafiz Sayed Khan", "Hafiz Saeed Khan");
                assertThat(profile.decisions())
                    .extracting(ActorProfile.Decision::rule)
                    .containsExactly("catalog", "same name after transliteration folding");
              });
    }
  }
}
