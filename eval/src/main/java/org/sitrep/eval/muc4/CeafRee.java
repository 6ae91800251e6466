package org.sitrep.eval.muc4;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * CEAF-REE with phi_strict, the role-filler entity score of GRIT (Du et al., 2021) as {@code
 * muc4/score_grit.py} computes it: a Java port that gives the same counts on the same input.
 * Stateless and thread-safe.
 *
 * <ul>
 *   <li><b>Normalisation</b>: lower case, ASCII punctuation removed, the words "a", "an" and "the"
 *       removed, whitespace collapsed ({@link #normalise}).
 *   <li><b>phi_strict</b>: a predicted entity fits a gold entity when every one of its normalised
 *       mentions is among the gold entity's normalised mentions. A predicted entity with no
 *       mentions fits every gold entity, as Python's {@code all([])} is true.
 *   <li><b>Matching</b>: the largest one-to-one matching of gold and predicted entities under phi
 *       (phi is 0 or 1, so the best assignment is a maximum bipartite matching).
 *   <li>Gold entities with no mentions are dropped before matching; predicted ones are not.
 * </ul>
 */
public final class CeafRee {
  /** Python's {@code string.punctuation}: the ASCII punctuation characters. */
  private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  private static final Pattern ARTICLE =
      Pattern.compile("\\b(a|an|the)\\b", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  private CeafRee() {}

  /** The mention as the scorer compares it: "The \"Santo Tomas\" farm" gives "santo tomas farm". */
  public static String normalise(String mention) {
    StringBuilder kept = new StringBuilder(mention.length());
    String lower = mention.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (PUNCTUATION.indexOf(c) < 0) {
        kept.append(c);
      }
    }
    String withoutArticles = ARTICLE.matcher(kept).replaceAll(" ").strip();
    return withoutArticles.isEmpty() ? "" : String.join(" ", SPACE.split(withoutArticles));
  }

  /** The counts of one role of one document. */
  public static RoleScore score(List<List<String>> gold, List<List<String>> predicted) {
    List<List<String>> goldEntities = new ArrayList<>();
    for (List<String> entity : gold) {
      if (!entity.isEmpty()) {
        goldEntities.add(normalised(entity));
      }
    }
    List<List<String>> predictedEntities = predicted.stream().map(CeafRee::normalised).toList();
    int matched = maximumMatching(goldEntities, predictedEntities);
    return new RoleScore(matched, predictedEntities.size(), goldEntities.size());
  }

  /** The counts of every role of one document. */
  public static Muc4Score score(RoleFillers gold, RoleFillers predicted) {
    Muc4Score score = Muc4Score.ZERO;
    for (Muc4Role role : Muc4Role.values()) {
      score = score.plus(role, score(gold.of(role), predicted.of(role)));
    }
    return score;
  }

  /** phi_strict on normalised mentions: all of the predicted ones are among the gold ones. */
  static boolean fits(List<String> gold, List<String> predicted) {
    return gold.containsAll(predicted);
  }

  private static List<String> normalised(List<String> mentions) {
    return mentions.stream().map(CeafRee::normalise).toList();
  }

  /** Kuhn's augmenting paths, gold on the left, as the reference scorer does it. */
  private static int maximumMatching(List<List<String>> gold, List<List<String>> predicted) {
    int[] goldOf = new int[predicted.size()];
    Arrays.fill(goldOf, -1);
    int matched = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (augment(g, gold, predicted, goldOf, new boolean[predicted.size()])) {
        matched++;
      }
    }
    return matched;
  }

  private static boolean augment(
      int g, List<List<String>> gold, List<List<String>> predicted, int[] goldOf, boolean[] seen) {
    for (int p = 0; p < predicted.size(); p++) {
      if (!seen[p] && fits(gold.get(g), predicted.get(p))) {
        seen[p] = true;
        if (goldOf[p] < 0 || augment(goldOf[p], gold, predicted, goldOf, seen)) {
          goldOf[p] = g;
          return true;
        }
      }
    }
    return false;
  }
}
