package org.sitrep.store;

import static org.sitrep.store.Fixtures.article;
import static org.sitrep.store.Fixtures.catalogGroup;
import static org.sitrep.store.Fixtures.district;
import static org.sitrep.store.Fixtures.estimate;
import static org.sitrep.store.Fixtures.event;
import static org.sitrep.store.Fixtures.extraction;
import static org.sitrep.store.Fixtures.killed;
import static org.sitrep.store.Fixtures.person;
import static org.sitrep.store.Fixtures.province;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;

/**
 * Nine made-up articles and the ledger they make: six events, one of them reported twice (a
 * commander killed in Nangarhar, blamed on different forces), and two strength estimates of one
 * group that disagree. Ledger events are named here by their first report's article.
 *
 * <pre>
 *   dr-1+dr-2  ASSAULT  2016-07-11  Achin, Nangarhar, AF   victim Abdul Haseeb / Abdul Hasib
 *   pw-1       ASSAULT  2016-07-20  Peshawar, PK
 *   dr-3       ASSAULT  2016-07-25  Achin, Nangarhar, AF   US forces again, another strike
 *   ks-1       ASSAULT  2016-08-03  Asadabad, Kunar, AF    Daesh
 *   kb-1       PROTEST  2016-09     Kabul, AF
 *   hm-1       ASSAULT  undated     Nad Ali, Helmand, AF
 * </pre>
 */
final class ConflictCorpus {
  private ConflictCorpus() {}

  static void ingest(Ledger ledger) throws SQLException {
    for (Extraction extraction : extractions()) {
      ledger.ingest(extraction);
    }
  }

  static List<Extraction> extractions() {
    List<Extraction> all = new ArrayList<>();
    all.add(droneStrike());
    all.add(deathClaimedBySupporters());
    all.add(peshawarBomb());
    all.add(secondStrike());
    all.add(checkpointAttack());
    all.add(protest());
    all.add(undatedFighting());
    all.addAll(estimates());
    return all;
  }

  private static Extraction droneStrike() {
    Article a =
        article(
            "dr-1",
            "2016-07-12",
            "JALALABAD, July 12 - Abdul Haseeb, a local commander, was killed in a drone strike in"
                + " Achin district of Nangarhar province on Monday, officials said. US forces"
                + " carried out the strike.");
    Entity victim = person("p1", "Abdul Haseeb", a);
    Entity us = catalogGroup("g1", "US forces", "us-forces", a);
    return extraction(
        a,
        List.of(victim, us),
        List.of(
            event("e1", EventType.ASSAULT, a, "drone strike")
                .by(us)
                .killing(victim)
                .on("2016-07-11")
                .at(district(a, "Achin", "Nangarhar", "AF"))
                .fatalities(killed(a, 1, "was killed"))
                .build()));
  }

  private static Extraction deathClaimedBySupporters() {
    Article a =
        article(
            "dr-2",
            "https://mirror.example/hasib",
            "Example Mirror",
            "2016-07-20",
            "Abdul Hasib, who led a Daesh cell, died in an air raid in Nangarhar in July, the"
                + " group's supporters said, blaming Afghan forces.");
    Entity victim = person("p1", "Abdul Hasib", a);
    Entity army = catalogGroup("g1", "Afghan forces", "af-army", a);
    return extraction(
        a,
        List.of(victim, army, catalogGroup("g2", "Daesh", "islamic-state", a)),
        List.of(
            event("e1", EventType.ASSAULT, a, "air raid")
                .by(army)
                .killing(victim)
                .on("2016-07")
                .at(province(a, "Nangarhar", "AF"))
                .build()));
  }

  private static Extraction peshawarBomb() {
    Article a =
        article(
            "pw-1",
            "2016-07-21",
            "PESHAWAR - A bomb exploded at a bus stop in Peshawar on July 20, killing five people.");
    return extraction(
        a,
        List.of(),
        List.of(
            event("e1", EventType.ASSAULT, a, "bomb exploded")
                .on("2016-07-20")
                .at(district(a, "Peshawar", "Khyber Pakhtunkhwa", "PK"))
                .fatalities(killed(a, 5, "five people"))
                .build()));
  }

  private static Extraction secondStrike() {
    Article a =
        article(
            "dr-3",
            "2016-07-26",
            "US forces struck a Taliban position in Achin, Nangarhar, on July 25, killing three"
                + " fighters, a spokesman said.");
    Entity us = catalogGroup("g1", "US forces", "us-forces", a);
    Entity taliban = catalogGroup("g2", "Taliban", "taliban", a);
    return extraction(
        a,
        List.of(us, taliban),
        List.of(
            event("e1", EventType.ASSAULT, a, "struck")
                .by(us)
                .against(taliban)
                .on("2016-07-25")
                .at(district(a, "Achin", "Nangarhar", "AF"))
                .fatalities(killed(a, 3, "three fighters"))
                .build()));
  }

  private static Extraction checkpointAttack() {
    Article a =
        article(
            "ks-1",
            "2016-08-04",
            "ASADABAD - Daesh gunmen attacked a checkpoint in Asadabad, Kunar, on August 3,"
                + " killing two soldiers.");
    Entity daesh = catalogGroup("g1", "Daesh", "islamic-state", a);
    return extraction(
        a,
        List.of(daesh),
        List.of(
            event("e1", EventType.ASSAULT, a, "attacked")
                .by(daesh)
                .on("2016-08-03")
                .at(district(a, "Asadabad", "Kunar", "AF"))
                .fatalities(killed(a, 2, "two soldiers"))
                .build()));
  }

  private static Extraction protest() {
    Article a =
        article(
            "kb-1",
            "2016-09-15",
            "Hundreds of students protested in Kabul in September against rising fees.");
    return extraction(
        a,
        List.of(),
        List.of(
            event("e1", EventType.PROTEST, a, "protested")
                .on("2016-09")
                .at(district(a, "Kabul", "Kabul", "AF"))
                .build()));
  }

  private static Extraction undatedFighting() {
    Article a =
        article(
            "hm-1",
            "2016-10-01",
            "Fighting in Nad Ali, Helmand, has displaced thousands of families, aid workers said.");
    return extraction(
        a,
        List.of(),
        List.of(
            event("e1", EventType.ASSAULT, a, "Fighting")
                .at(district(a, "Nad Ali", "Helmand", "AF"))
                .build()));
  }

  /** Two estimates of Islamic State's strength, by different speakers, that do not overlap. */
  private static List<Extraction> estimates() {
    Article un =
        article(
            "is-1",
            "2016-08-10",
            "A UN monitoring team said Islamic State had between 1,000 and 1,500 fighters in"
                + " Nangarhar.");
    Article officials =
        article(
            "is-2",
            "2016-08-22",
            "Provincial officials said Islamic State had only 300 to 400 fighters left.");
    return List.of(
        extraction(
            un,
            List.of(catalogGroup("g1", "Islamic State", "islamic-state", un)),
            List.of(),
            List.of(
                estimate(
                    "c1",
                    un,
                    "A UN monitoring team",
                    "said",
                    "between 1,000 and 1,500 fighters",
                    "islamic-state",
                    1000,
                    1500,
                    "fighters",
                    "2016-08"))),
        extraction(
            officials,
            List.of(catalogGroup("g1", "Islamic State", "islamic-state", officials)),
            List.of(),
            List.of(
                estimate(
                    "c1",
                    officials,
                    "Provincial officials",
                    "said",
                    "300 to 400 fighters",
                    "islamic-state",
                    300,
                    400,
                    "fighters",
                    "2016-08"))));
  }
}
