package org.sitrep.eval.muc4;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The role-filler scores of one MUC-4 evaluation, with every document's gold and prediction.
 *
 * @param documents one comparison per document, in input order
 * @param score the counts summed over the documents
 */
public record Muc4Report(List<Muc4Comparison> documents, Muc4Score score) {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String NL = System.lineSeparator();

  public Muc4Report {
    documents = List.copyOf(documents);
  }

  /**
   * The report of {@code documents}.
   *
   * @throws IllegalArgumentException when there are none: a score over nothing means nothing
   */
  public static Muc4Report of(List<Muc4Comparison> documents) {
    if (documents.isEmpty()) {
      throw new IllegalArgumentException("a MUC-4 report needs at least one document");
    }
    Muc4Score score =
        documents.stream().map(Muc4Comparison::score).reduce(Muc4Score.ZERO, Muc4Score::plus);
    return new Muc4Report(documents, score);
  }

  /** How many articles the extractor rejected. */
  public int rejected() {
    return (int) documents.stream().filter(Muc4Comparison::rejected).count();
  }

  /** The per-role and micro figures as an aligned table ending in the {@code RESULT} line. */
  public String toTable() {
    StringBuilder table = new StringBuilder();
    table.append(
        format(
            "muc4 dev: %d documents, %d rejected (CEAF-REE, phi_strict)%n",
            documents.size(), rejected()));
    table.append(
        format(
            "%-8s %8s %9s %6s %7s %7s %7s%n",
            "role", "matched", "predicted", "gold", "P", "R", "F1"));
    for (Muc4Role role : Muc4Role.values()) {
      row(table, role.key(), score.of(role));
    }
    row(table, "micro", score.micro());
    table.append(resultLine()).append(NL);
    return table.toString();
  }

  /** One line of {@code key=value} figures starting {@code RESULT muc4}, easy to grep. */
  public String resultLine() {
    RoleScore micro = score.micro();
    StringBuilder line =
        new StringBuilder(
            format(
                "RESULT muc4 documents=%d gold=%d predicted=%d matched=%d p=%.4f r=%.4f f1=%.4f",
                documents.size(),
                micro.gold(),
                micro.predicted(),
                micro.matched(),
                micro.precision(),
                micro.recall(),
                micro.f1()));
    for (Muc4Role role : Muc4Role.values()) {
      RoleScore one = score.of(role);
      String key = role.key().toLowerCase(Locale.ROOT);
      line.append(
          format(
              " %s_p=%.4f %s_r=%.4f %s_f1=%.4f",
              key, one.precision(), key, one.recall(), key, one.f1()));
    }
    return line.toString();
  }

  /**
   * Writes one JSON line per document: {@code id}, {@code rejected}, {@code matched}, {@code
   * predicted}, {@code gold_count}, and the {@code gold} and {@code pred} fillers by role key.
   */
  public void writeDetails(Writer writer) throws IOException {
    for (Muc4Comparison document : documents) {
      ObjectNode node = JSON.createObjectNode();
      node.put("id", document.id());
      node.put("rejected", document.rejected());
      RoleScore micro = document.score().micro();
      node.put("matched", micro.matched());
      node.put("predicted", micro.predicted());
      node.put("gold_count", micro.gold());
      node.set("gold", fillers(document.gold()));
      node.set("pred", fillers(document.predicted()));
      writer.write(JSON.writeValueAsString(node));
      writer.write('\n');
    }
  }

  /**
   * Writes the predictions as one JSON object in the format {@code score_grit.py --pred_file}
   * reads: {@code {"<docid>": {"pred_extracts": {"PerpInd": [[mention, …], …], …}}}}.
   */
  public void writePredictions(Writer writer) throws IOException {
    ObjectNode all = JSON.createObjectNode();
    for (Muc4Comparison document : documents) {
      all.putObject(document.id()).set("pred_extracts", fillers(document.predicted()));
    }
    writer.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(all));
    writer.write('\n');
  }

  private static ObjectNode fillers(RoleFillers fillers) {
    ObjectNode node = JSON.createObjectNode();
    for (Muc4Role role : Muc4Role.values()) {
      ArrayNode entities = node.putArray(role.key());
      for (List<String> entity : fillers.of(role)) {
        ArrayNode mentions = entities.addArray();
        entity.forEach(mentions::add);
      }
    }
    return node;
  }

  private static void row(StringBuilder table, String label, RoleScore score) {
    table.append(
        format(
            "%-8s %8d %9d %6d %6.2f%% %6.2f%% %6.2f%%%n",
            label,
            score.matched(),
            score.predicted(),
            score.gold(),
            100 * score.precision(),
            100 * score.recall(),
            100 * score.f1()));
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
