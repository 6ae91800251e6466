package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sitrep.ledger.claim.ClaimComparison;
import org.sitrep.ledger.claim.ClaimRef;
import org.sitrep.ledger.claim.ClaimSide;
import org.sitrep.ledger.claim.Verdict;

/** Claims stored from several articles are compared across them, on both engines. */
class ClaimComparisonTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(Engine.class)
  void two_strength_estimates_that_disagree_are_a_contradiction_with_both_sides(Engine engine)
      throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "claims_strength")) {
      ConflictCorpus.ingest(ledger);

      List<ClaimComparison> contradictions = ledger.claims().contradictions(false);

      assertThat(contradictions)
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.kind()).isEqualTo("quantity");
                assertThat(c.subject()).startsWith("islamic-state");
                assertThat(c.verdict()).isEqualTo(Verdict.DISAGREE);
                assertThat(c.sides()).hasSize(2);
                assertThat(c.sides())
                    .flatExtracting(ClaimSide::claims)
                    .extracting(ClaimRef::articleId, ClaimRef::speaker, ClaimRef::text)
                    .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                            "is-1", "A UN monitoring team", "between 1,000 and 1,500 fighters"),
                        org.assertj.core.groups.Tuple.tuple(
                            "is-2", "Provincial officials", "300 to 400 fighters"));
              });
      assertThat(ledger.claims().contradictions(true)).hasSize(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Engine.class)
  void claims_about_a_group_are_found_under_any_of_its_names(Engine engine) throws SQLException {
    try (Ledger ledger = TestLedgers.fresh(engine, dir, "claims_subject")) {
      ConflictCorpus.ingest(ledger);

      var byName = ledger.claims().claims("Islamic State");
      var byAlias = ledger.claims().claims("Daesh");

      assertThat(byName).extracting(claim -> claim.articleId()).containsExactly("is-1", "is-2");
      assertThat(byAlias).isEqualTo(byName);
      assertThat(ledger.claims().compare(byName, false))
          .extracting(ClaimComparison::verdict)
          .containsExactly(Verdict.DISAGREE);
    }
  }
}
