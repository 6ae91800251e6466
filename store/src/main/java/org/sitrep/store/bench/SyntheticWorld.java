package org.sitrep.store.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The invented actors and places synthetic articles talk about: ~200 armed groups and forces whose
 * popularity follows a Zipf law (a few dominate the news, most appear rarely), and 2,000 towns in
 * 20 countries, each with its province (admin1) and district (admin2). Names are made-up syllable
 * strings, unique across the world, so that a place or actor filter selects exactly what the
 * generator put there. Immutable after construction; the same seed gives the same world.
 */
final class SyntheticWorld {
  /** Countries the synthetic conflicts happen in (ISO 3166-1 alpha-2). */
  static final List<String> COUNTRIES =
      List.of(
          "AF", "IQ", "SY", "YE", "SO", "NG", "ML", "BF", "NE", "CD", "SS", "SD", "ET", "LY", "MZ",
          "CM", "PK", "MM", "CF", "UA");

  private static final String[] SYLLABLES = {
    "ka", "ro", "mi", "tan", "sul", "ba", "de", "zar", "ko", "li", "nu", "ha", "sha", "vel", "po",
    "ri", "gan", "to", "mer", "ya", "dun", "ab", "el", "quo"
  };
  private static final String[] ACTOR_TYPES = {
    "state forces", "rebel group", "political militia", "identity militia"
  };

  /** An actor with its catalog id, name, type and home country. */
  record Actor(String id, String name, String type, String countryCode) {}

  /** A town with its district, province, country and coordinates. */
  record Town(
      long geonamesId,
      String name,
      String admin2,
      String admin1,
      String countryCode,
      double lat,
      double lon) {}

  private final List<Actor> actors = new ArrayList<>();
  private final double[] actorCumulative;
  private final List<Town> towns = new ArrayList<>();
  private final List<String> provinces = new ArrayList<>();
  private final List<String> districts = new ArrayList<>();
  private final Set<String> usedNames = new HashSet<>();

  SyntheticWorld(Random random, int actorCount, int provincesPerCountry) {
    for (int i = 0; i < actorCount; i++) {
      String country = COUNTRIES.get(i % COUNTRIES.size());
      String type = ACTOR_TYPES[i % ACTOR_TYPES.length];
      String name = capitalized(uniqueName(random, 2)) + (i % 3 == 0 ? " Brigade" : " Front");
      actors.add(new Actor(String.format(Locale.ROOT, "bench-%03d", i), name, type, country));
    }
    actorCumulative = zipf(actorCount, 1.0);
    long geonamesId = 9_000_000L;
    for (int c = 0; c < COUNTRIES.size(); c++) {
      double baseLat = -10 + c * 2.5;
      double baseLon = 5 + c * 4.0;
      for (int p = 0; p < provincesPerCountry; p++) {
        String province = capitalized(uniqueName(random, 3));
        provinces.add(province);
        for (int d = 0; d < 4; d++) {
          String district = capitalized(uniqueName(random, 3));
          districts.add(district);
          for (int t = 0; t < 5; t++) {
            towns.add(
                new Town(
                    geonamesId++,
                    capitalized(uniqueName(random, 3)),
                    district,
                    province,
                    COUNTRIES.get(c),
                    round(baseLat + random.nextDouble() * 2),
                    round(baseLon + random.nextDouble() * 3)));
          }
        }
      }
    }
  }

  /** Zipf-like cumulative weights 1/rank^s, normalised to end at 1. */
  private static double[] zipf(int n, double s) {
    double[] cumulative = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 / Math.pow(i + 1, s);
      cumulative[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  /** An actor drawn by popularity. */
  Actor popularActor(Random random) {
    int index = java.util.Arrays.binarySearch(actorCumulative, random.nextDouble());
    return actors.get(Math.min(actors.size() - 1, index < 0 ? -index - 1 : index));
  }

  Town town(Random random) {
    return towns.get(random.nextInt(towns.size()));
  }

  String province(Random random) {
    return provinces.get(random.nextInt(provinces.size()));
  }

  String district(Random random) {
    return districts.get(random.nextInt(districts.size()));
  }

  List<Actor> actors() {
    return List.copyOf(actors);
  }

  private String uniqueName(Random random, int syllables) {
    while (true) {
      StringBuilder name = new StringBuilder();
      for (int i = 0; i < syllables; i++) {
        name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (random.nextInt(3) == 0) {
        name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
      if (usedNames.add(name.toString())) {
        return name.toString();
      }
    }
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 10_000) / 10_000.0;
  }
}
