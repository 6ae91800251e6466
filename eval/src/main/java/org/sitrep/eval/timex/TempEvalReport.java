package org.sitrep.eval.timex;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of one TempEval-3 evaluation on one set: every gold time expression with what each
 * system found for it, and every system expression that matched none. The figures are computed from
 * these on demand.
 *
 * @param set the set's label ("timebank", "aquaint", or "all" for {@link #merge})
 * @param documents how many documents were read
 * @param systems the systems' names, in the order they are reported
 * @param gold one outcome per gold time expression, in document then text order
 * @param spurious every system's unmatched expressions, in document order
 */
public record TempEvalReport(
    String set,
    int documents,
    List<String> systems,
    List<GoldOutcome> gold,
    List<SpuriousTimex> spurious) {
  public TempEvalReport {
    Objects.requireNonNull(set, "set");
    systems = List.copyOf(systems);
    gold = List.copyOf(gold);
    spurious = List.copyOf(spurious);
    if (documents < 0) {
      throw new IllegalArgumentException("documents must be >= 0, got " + documents);
    }
    for (GoldOutcome outcome : gold) {
      if (!outcome.bySystem().keySet().equals(Set.copyOf(systems))) {
        throw new IllegalArgumentException(
            "gold timex in "
                + outcome.documentId()
                + " is scored for "
                + outcome.bySystem().keySet()
                + ", not for "
                + systems);
      }
    }
  }

  /**
   * The reports of several sets as one, labelled {@code set}: the micro-average over all their time
   * expressions.
   *
   * @throws IllegalArgumentException when the reports scored different systems
   */
  public static TempEvalReport merge(String set, List<TempEvalReport> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("nothing to merge into " + set);
    }
    List<String> systems = reports.get(0).systems();
    int documents = 0;
    List<GoldOutcome> gold = new ArrayList<>();
    List<SpuriousTimex> spurious = new ArrayList<>();
    for (TempEvalReport report : reports) {
      if (!report.systems().equals(systems)) {
        throw new IllegalArgumentException(
            "cannot merge "
                + report.set()
                + " scored for "
                + report.systems()
                + " with "
                + systems);
      }
      documents += report.documents();
      gold.addAll(report.gold());
      spurious.addAll(report.spurious());
    }
    return new TempEvalReport(set, documents, systems, gold, spurious);
  }

  /**
   * The figures of {@code system}.
   *
   * @throws IllegalArgumentException when no system of that name was scored
   */
  public TimexScore score(String system) {
    if (!systems.contains(system)) {
      throw new IllegalArgumentException("no system '" + system + "' scored; scored: " + systems);
    }
    int strict = 0;
    int relaxed = 0;
    int type = 0;
    int value = 0;
    for (GoldOutcome outcome : gold) {
      TimexMatch match = outcome.of(system);
      strict += match.exact() ? 1 : 0;
      relaxed += match.matched() ? 1 : 0;
      type += match.typeCorrect(outcome.gold()) ? 1 : 0;
      value += match.valueCorrect(outcome.gold()) ? 1 : 0;
    }
    int unmatched = (int) spurious.stream().filter(s -> s.system().equals(system)).count();
    return new TimexScore(gold.size(), relaxed + unmatched, strict, relaxed, type, value);
  }

  /**
   * The figures as an aligned plain-text table, one row per system, ending in {@link
   * #resultLines()}.
   */
  public String toTable() {
    return TempEvalTable.of(this);
  }

  /**
   * The grep-friendly figures: one line {@code RESULT tempeval SET key=value …} with every system's
   * keys prefixed by its name in lower case ({@code sitrep_value_f1=0.712 sutime_value_f1=…}).
   */
  public List<String> resultLines() {
    return List.of(TempEvalTable.resultLine(this));
  }

  /**
   * Writes every gold time expression and every spurious system one as a JSON line (see {@link
   * TempEvalDetails}). Replaces {@code jsonl} if it exists.
   */
  public void writeDetails(Path jsonl) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      writeDetails(writer);
    }
  }

  /** Appends the detail lines to {@code writer}, for several sets in one file. */
  public void writeDetails(Writer writer) throws IOException {
    TempEvalDetails.write(this, writer);
  }
}
