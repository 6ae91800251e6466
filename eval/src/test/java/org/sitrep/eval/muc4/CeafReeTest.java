package org.sitrep.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CeafReeTest {
  @Test
  void normalises_case_punctuation_articles_and_spaces() {
    assertThat(CeafRee.normalise("The \"Red Mill\"  bakery")).isEqualTo("red mill bakery");
    assertThat(CeafRee.normalise("A\nvan,  an OLD one")).isEqualTo("van old one");
    assertThat(CeafRee.normalise("theatre of anatomy")).isEqualTo("theatre of anatomy");
    assertThat(CeafRee.normalise("the")).isEmpty();
  }

  @Test
  void removes_punctuation_before_articles_so_dotted_articles_go_too() {
    // "a.n." loses its dots first and becomes "an", which is then an article.
    assertThat(CeafRee.normalise("a.n. baker")).isEqualTo("baker");
    assertThat(CeafRee.normalise("mid-town")).isEqualTo("midtown");
  }

  @Test
  void a_prediction_fits_when_all_its_mentions_are_gold_mentions() {
    List<List<String>> gold = List.of(List.of("the rebels", "rebel column", "insurgents"));

    assertThat(CeafRee.score(gold, List.of(List.of("Rebels", "REBEL COLUMN"))).matched())
        .isEqualTo(1);
    assertThat(CeafRee.score(gold, List.of(List.of("rebels", "column"))).matched()).isZero();
  }

  @Test
  void one_gold_entity_matches_one_prediction_only() {
    RoleScore score =
        CeafRee.score(List.of(List.of("mayor")), List.of(List.of("mayor"), List.of("the mayor")));

    assertThat(score).isEqualTo(new RoleScore(1, 2, 1));
    assertThat(score.precision()).isEqualTo(0.5);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.f1()).isCloseTo(2.0 / 3, within(1e-9));
  }

  @Test
  void finds_the_largest_matching_where_first_come_first_served_would_not() {
    // Gold A takes "bridge" first; the augmenting path moves it to "viaduct" so B gets "bridge".
    List<List<String>> gold = List.of(List.of("bridge", "viaduct"), List.of("bridge"));
    List<List<String>> predicted = List.of(List.of("bridge"), List.of("viaduct"));

    assertThat(CeafRee.score(gold, predicted)).isEqualTo(new RoleScore(2, 2, 2));
  }

  @Test
  void a_prediction_without_mentions_fits_any_gold_entity_as_in_the_reference() {
    assertThat(CeafRee.score(List.of(List.of("bridge")), List.of(List.of())))
        .isEqualTo(new RoleScore(1, 1, 1));
  }

  @Test
  void drops_gold_entities_without_mentions_but_counts_every_prediction() {
    assertThat(CeafRee.score(List.of(List.of(), List.of("bridge")), List.of(List.of("tunnel"))))
        .isEqualTo(new RoleScore(0, 1, 1));
  }

  @Test
  void pools_the_roles_for_the_micro_figures() {
    RoleFillers gold =
        fillers(
            List.of(List.of("gunmen"), List.of("sniper")), List.of(List.of("bridge")), List.of());
    RoleFillers predicted =
        fillers(
            List.of(List.of("the gunmen")),
            List.of(List.of("bridge"), List.of("road"), List.of("tunnel")),
            List.of(List.of("mayor")));

    Muc4Score score = CeafRee.score(gold, predicted);

    assertThat(score.of(Muc4Role.PERP_IND)).isEqualTo(new RoleScore(1, 1, 2));
    assertThat(score.of(Muc4Role.TARGET)).isEqualTo(new RoleScore(1, 3, 1));
    assertThat(score.of(Muc4Role.VICTIM)).isEqualTo(new RoleScore(0, 1, 0));
    // micro: 2 matched of 5 predicted and 3 gold: P 0.4, R 2/3, F1 2*0.4*(2/3)/(0.4+2/3) = 0.5
    assertThat(score.micro()).isEqualTo(new RoleScore(2, 5, 3));
    assertThat(score.micro().precision()).isCloseTo(0.4, within(1e-9));
    assertThat(score.micro().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.micro().f1()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void scores_nothing_as_zero_rather_than_dividing_by_zero() {
    assertThat(RoleScore.ZERO.precision()).isZero();
    assertThat(RoleScore.ZERO.recall()).isZero();
    assertThat(RoleScore.ZERO.f1()).isZero();
  }

  static RoleFillers fillers(
      List<List<String>> perpInd, List<List<String>> target, List<List<String>> victim) {
    Map<Muc4Role, List<List<String>>> roles = new EnumMap<>(Muc4Role.class);
    roles.put(Muc4Role.PERP_IND, perpInd);
    roles.put(Muc4Role.PERP_ORG, List.of());
    roles.put(Muc4Role.TARGET, target);
    roles.put(Muc4Role.VICTIM, victim);
    roles.put(Muc4Role.WEAPON, List.of());
    return new RoleFillers(roles);
  }
}
