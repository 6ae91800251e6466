package org.sitrep.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.muc4.Muc4Evaluation;
import org.sitrep.eval.muc4.Muc4GoldFile;
import org.sitrep.eval.muc4.Muc4Report;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.input.DatelineAnchoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval muc4 DIR}: role-filler entity F1 (CEAF-REE, phi_strict) of sitrep's events on
 * the MUC-4 dev set, with the predictions in the format of the reference scorer.
 */
@Command(
    name = "muc4",
    mixinStandardHelpOptions = true,
    description =
        "Role-filler entity P/R/F1 (CEAF-REE, strict; PerpInd, PerpOrg, Target, Victim, Weapon)"
            + " on MUC-4 dev (dev.input.jsonl and dev.jsonl).")
final class Muc4Command implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldSetOptions gold;

  @Option(
      names = "--pred-file",
      paramLabel = "FILE",
      description = "Write the predictions as score_grit.py --pred_file reads them.")
  Path predFile;

  @Mixin GazetteerOption gazetteer;

  @Override
  public Integer call() throws Exception {
    gold.check(spec, List.of(Muc4GoldFile.INPUT_FILE, Muc4GoldFile.GOLD_FILE));
    ArticleExtractor extractor = gazetteer.extractor();
    DatelineAnchoring datelines = new DatelineAnchoring();
    // The input lines carry no publication date; as EvalCommand.Isaf does, the dateline
    // ("LIMA, 12 OCT 89 (WIRE SERVICE) --") gives it, so relative dates resolve against it.
    Muc4Evaluation evaluation =
        new Muc4Evaluation(article -> extractor.extract(datelines.apply(article)), gold.threads);
    Muc4Report report =
        GoldSetOptions.timed(
            "muc4 dev",
            () -> {
              Muc4Report r = evaluation.evaluate(gold.dir, gold.limitOrAll());
              System.out.print(r.toTable());
              return r;
            });
    gold.writeDetails(List.of(report::writeDetails));
    if (predFile != null) {
      try (BufferedWriter writer = Files.newBufferedWriter(predFile, StandardCharsets.UTF_8)) {
        report.writePredictions(writer);
      }
      System.out.println("predictions: " + predFile);
    }
    return 0;
  }
}
