package org.sitrep.store.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.LedgerQueries;

/**
 * Times the six query kinds users run against a ledger, each {@code queries} times with random
 * arguments drawn like real questions (popular actors more often), after a short warm-up.
 */
final class LedgerQueryTimer {
  private static final int LIMIT = 100;
  private static final int WARMUP = 5;

  /** One query run: returns the number of rows. */
  @FunctionalInterface
  private interface Query {
    int run(Random random) throws SQLException;
  }

  private final LedgerQueries queries;
  private final SyntheticWorld world;
  private final LedgerBenchmark.Config config;

  LedgerQueryTimer(LedgerQueries queries, SyntheticWorld world, LedgerBenchmark.Config config) {
    this.queries = queries;
    this.world = world;
    this.config = config;
  }

  List<LedgerBenchmark.Latency> time() throws SQLException {
    List<LedgerBenchmark.Latency> latencies = new ArrayList<>();
    latencies.add(time("events by actor", this::byActor));
    latencies.add(time("events by province", this::byProvince));
    latencies.add(time("events by type + month", this::byTypeAndMonth));
    latencies.add(time("events by country, >= 2 sources", this::byCountryTwoSources));
    latencies.add(time("timeline of an actor", this::actorTimeline));
    latencies.add(time("timeline of a district", this::placeTimeline));
    return latencies;
  }

  private LedgerBenchmark.Latency time(String kind, Query query) throws SQLException {
    Random random = new Random(config.seed() + kind.hashCode());
    for (int i = 0; i < WARMUP; i++) {
      query.run(random);
    }
    List<Double> millis = new ArrayList<>();
    long rows = 0;
    for (int i = 0; i < config.queries(); i++) {
      long started = System.nanoTime();
      rows += query.run(random);
      millis.add((System.nanoTime() - started) / 1e6);
    }
    return LedgerBenchmark.summarise(kind, millis, rows);
  }

  private int byActor(Random random) throws SQLException {
    String actor = world.popularActor(random).id();
    return queries.events(new EventFilter(actor, null, null, null, null, 0, LIMIT)).size();
  }

  private int byProvince(Random random) throws SQLException {
    String province = world.province(random);
    return queries.events(new EventFilter(null, province, null, null, null, 0, LIMIT)).size();
  }

  private int byTypeAndMonth(Random random) throws SQLException {
    YearMonth month = YearMonth.of(2014 + random.nextInt(10), 1 + random.nextInt(12));
    String type = random.nextBoolean() ? "ASSAULT" : "PROTEST";
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    return queries.events(new EventFilter(null, null, type, from, to, 0, LIMIT)).size();
  }

  private int byCountryTwoSources(Random random) throws SQLException {
    String code = SyntheticWorld.COUNTRIES.get(random.nextInt(SyntheticWorld.COUNTRIES.size()));
    String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return queries.events(new EventFilter(null, country, null, null, null, 2, LIMIT)).size();
  }

  private int actorTimeline(Random random) throws SQLException {
    return queries.timeline(world.popularActor(random).id(), LIMIT).events().size();
  }

  private int placeTimeline(Random random) throws SQLException {
    return queries.timeline(world.district(random), LIMIT).events().size();
  }
}
