package org.sitrep.store;

import static org.sitrep.store.Fixtures.article;
import static org.sitrep.store.Fixtures.catalogGroup;
import static org.sitrep.store.Fixtures.district;
import static org.sitrep.store.Fixtures.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.EventType;
import org.sitrep.model.Extraction;

/**
 * Many distinct articles for the crash and concurrency tests, the same for the same number: article
 * {@code n} reports one Taliban attack in one of seven districts on day {@code n} after 2015-01-01.
 * No two of them are one event (the same district recurs only a week later) and no two share enough
 * text to be copies (the body is made-up words drawn at random).
 */
final class GeneratedArticles {
  private static final String[] DISTRICTS = {
    "Achin", "Khogyani", "Shinwar", "Rodat", "Kama", "Surkh Rod", "Batikot"
  };
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "nu", "ra", "se", "to", "ve", "zi", "ba", "do", "fu", "ge", "hi", "ja"
  };
  private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  private GeneratedArticles() {}

  static Extraction extraction(int n) {
    LocalDate day = FIRST_DAY.plusDays(n);
    String place = DISTRICTS[n % DISTRICTS.length];
    String text =
        "Report "
            + n
            + ". Taliban fighters attacked a post in "
            + place
            + " on "
            + day
            + ". "
            + gibberish(n, 40)
            + ".";
    Article a = article("gen-" + n, day.plusDays(1).toString(), text);
    Entity taliban = catalogGroup("g1", "Taliban", "taliban", a);
    return Fixtures.extraction(
        a,
        List.of(taliban),
        List.of(
            event("e1", EventType.ASSAULT, a, "attacked")
                .by(taliban)
                .on(day.toString())
                .at(district(a, place, "Nangarhar", "AF"))
                .build()));
  }

  private static String gibberish(int seed, int words) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    for (int w = 0; w < words; w++) {
      out.append(w == 0 ? "" : " ");
      for (int s = 0; s < 3; s++) {
        out.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      }
    }
    return out.toString();
  }
}
