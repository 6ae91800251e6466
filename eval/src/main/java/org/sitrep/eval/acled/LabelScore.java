package org.sitrep.eval.acled;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Single-label classification scores, computed as scikit-learn's {@code
 * precision_recall_fscore_support} and {@code accuracy_score} do with their defaults.
 *
 * <p>The classes are every label that occurs as gold or as prediction. Weighted F1 averages the
 * per-class F1 weighted by gold support ({@code average='weighted'}), so a label only ever
 * predicted weighs nothing; macro F1 is the plain mean over all the classes ({@code
 * average='macro'}), so such a label counts as one class with F1 0.
 *
 * @param classes one score per class, most gold items first, then by label
 * @param confusions every (gold, predicted) pair of different labels, most frequent first
 */
public record LabelScore(int n, int correct, List<ClassScore> classes, List<Confusion> confusions) {
  public LabelScore {
    classes = List.copyOf(classes);
    confusions = List.copyOf(confusions);
  }

  /**
   * Scores {@code predicted} against {@code gold}, item by item.
   *
   * @throws IllegalArgumentException when the lists differ in length
   */
  public static LabelScore of(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " labels but predicted has " + predicted.size());
    }
    Map<String, int[]> counts = new TreeMap<>();
    Map<String, Map<String, Integer>> pairs = new TreeMap<>();
    int correct = 0;
    for (int i = 0; i < gold.size(); i++) {
      String g = gold.get(i);
      String p = predicted.get(i);
      counts.computeIfAbsent(g, k -> new int[3])[0]++;
      counts.computeIfAbsent(p, k -> new int[3])[1]++;
      if (g.equals(p)) {
        counts.get(g)[2]++;
        correct++;
      } else {
        pairs.computeIfAbsent(g, k -> new TreeMap<>()).merge(p, 1, Integer::sum);
      }
    }
    List<ClassScore> classes = new ArrayList<>();
    counts.forEach((label, c) -> classes.add(new ClassScore(label, c[0], c[1], c[2])));
    classes.sort(
        Comparator.comparingInt(ClassScore::support).reversed().thenComparing(ClassScore::label));
    List<Confusion> confusions = new ArrayList<>();
    pairs.forEach(
        (g, row) -> row.forEach((p, count) -> confusions.add(new Confusion(g, p, count))));
    confusions.sort(Comparator.comparingInt(Confusion::count).reversed());
    return new LabelScore(gold.size(), correct, classes, confusions);
  }

  /** The share of items labelled correctly; 0 when there are none. */
  public double accuracy() {
    return n == 0 ? 0 : (double) correct / n;
  }

  /** Per-class F1 weighted by gold support. */
  public double weightedF1() {
    return n == 0 ? 0 : classes.stream().mapToDouble(c -> c.f1() * c.support()).sum() / n;
  }

  /** The unweighted mean of per-class F1 over every class seen as gold or prediction. */
  public double macroF1() {
    return classes.stream().mapToDouble(ClassScore::f1).average().orElse(0);
  }

  /** Every label seen as gold or prediction, sorted. */
  public List<String> labels() {
    return List.copyOf(new TreeSet<>(classes.stream().map(ClassScore::label).toList()));
  }
}
