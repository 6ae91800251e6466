package org.sitrep.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.eval.isaf.IsafEvaluation;
import org.sitrep.eval.isaf.IsafReport;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.input.DatelineAnchoring;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: accuracy on the public gold sets in ../shared/data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluates sitrep on a public gold set.",
    subcommands = {
      EvalCommand.Isaf.class,
      GeoparseCommand.class,
      TempEvalCommand.class,
      WikiEventsCommand.class,
      CaseCommand.class,
      Muc4Command.class,
      PolnearCommand.class
    })
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(
        spec.commandLine(),
        "name a gold set: isaf, geoparse, tempeval, case2021, wikievents, muc4 or polnear");
  }

  /** {@code sitrep eval isaf DIR}: per-field accuracy on the ISAF dev press releases. */
  @Command(
      name = "isaf",
      mixinStandardHelpOptions = true,
      description =
          "Per-field accuracy on ISAF dev (event date, province, type, target group, killed, captured).")
  static final class Isaf implements Callable<Integer> {
    @Parameters(
        paramLabel = "DIR",
        description = "The folder holding dev.gold.jsonl (../shared/data/isaf).")
    Path dir;

    @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    @Option(
        names = "--details",
        paramLabel = "FILE",
        description = "Write every record's gold and prediction as JSONL.")
    Path details;

    @Mixin GazetteerOption gazetteer;

    @Override
    public Integer call() throws Exception {
      ArticleExtractor extractor = gazetteer.extractor();
      DatelineAnchoring datelines = new DatelineAnchoring();
      // The gold records carry no publication date; as for any input without one, the dateline
      // gives it (the same rule the reader applies), so relative dates resolve against it.
      IsafReport report =
          new IsafEvaluation(a -> extractor.extract(datelines.apply(a)), threads).evaluate(dir);
      System.out.print(report.toTable());
      if (details != null) {
        report.writeDetails(details);
        System.out.println("details: " + details);
      }
      return 0;
    }
  }
}
