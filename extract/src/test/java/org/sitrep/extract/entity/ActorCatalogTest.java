package org.sitrep.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorRole;
import org.sitrep.model.EntityKind;

class ActorCatalogTest {
  private static final ActorCatalog CATALOG = ActorCatalog.loadDefault();

  @Test
  void the_khorasan_branch_is_its_own_actor_under_the_islamic_state() {
    Actor branch = CATALOG.byId("islamic-state-khorasan").orElseThrow();

    assertThat(branch.parent()).isEqualTo("islamic-state");
    assertThat(branch.aliases()).contains("ISIS-K", "ISKP");
    assertThat(CATALOG.byId("islamic-state").orElseThrow().aliases()).contains("Daesh", "ISIL");
  }

  @Test
  void the_leaders_of_the_khorasan_branch_follow_one_another_in_time() {
    ActorRole first = onlyRole("hafiz-saeed-khan");
    ActorRole second = onlyRole("abdul-hasib");
    ActorRole third = onlyRole("abu-sayed");

    assertThat(first.organization()).isEqualTo("islamic-state-khorasan");
    assertThat(first.organizationName()).isEqualTo("Islamic State Khorasan Province");
    assertThat(first.until()).isEqualTo("2016-07");
    assertThat(second.from()).isEqualTo(first.until());
    assertThat(third.from()).isEqualTo(second.until());
    assertThat(third.role()).isEqualTo("leader");
  }

  @Test
  void every_person_belongs_to_an_organisation_of_the_catalogue() {
    for (Actor actor : CATALOG.actors()) {
      if (actor.kind() == EntityKind.PERSON) {
        assertThat(actor.parent()).as(actor.id()).isNotNull();
        assertThat(CATALOG.byId(actor.parent())).as(actor.id()).isPresent();
      }
    }
  }

  @Test
  void isaf_hands_over_to_resolute_support_at_the_end_of_2014() {
    Actor isaf = CATALOG.byId("isaf").orElseThrow();
    Actor resoluteSupport = CATALOG.byId("resolute-support").orElseThrow();

    assertThat(isaf.active().contains(LocalDate.of(2014, 12, 31))).isTrue();
    assertThat(isaf.active().contains(LocalDate.of(2015, 1, 1))).isFalse();
    assertThat(resoluteSupport.active().contains(LocalDate.of(2015, 1, 1))).isTrue();
    assertThat(resoluteSupport.active().contains(LocalDate.of(2022, 1, 1))).isFalse();
  }

  @Test
  void unnamed_actors_take_the_type_their_noun_implies() {
    assertThat(CATALOG.genericType("gunman")).contains("political militia");
    assertThat(CATALOG.genericType("Police")).contains("state forces");
    assertThat(CATALOG.genericType("villager")).contains("civilians");
    assertThat(CATALOG.genericType("table")).isEmpty();
  }

  @Test
  void a_partial_date_stands_for_its_whole_month_or_year() {
    Period period = Period.parse("2015", "2016-02");

    assertThat(period.from()).isEqualTo(LocalDate.of(2015, 1, 1));
    assertThat(period.until()).isEqualTo(LocalDate.of(2016, 2, 29));
    assertThat(period.contains(null)).isTrue();
    assertThatThrownBy(() -> Period.parse("2016", "2015"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
    assertThatThrownBy(() -> Period.parse("July 2016", "")).hasMessageContaining("July 2016");
  }

  private static ActorRole onlyRole(String person) {
    Actor actor = CATALOG.byId(person).orElseThrow();
    assertThat(actor.roles()).hasSize(1);
    return actor.roles().get(0);
  }
}
