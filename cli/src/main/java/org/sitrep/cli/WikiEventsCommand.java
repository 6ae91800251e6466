package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.eval.wikievents.KairosMapping;
import org.sitrep.eval.wikievents.WikiEventsEvaluation;
import org.sitrep.eval.wikievents.WikiEventsGoldFile;
import org.sitrep.eval.wikievents.WikiEventsReport;
import org.sitrep.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval wikievents DIR}: event triggers and per-role argument P/R/F1 on the WikiEvents
 * dev set, sitrep's events read in the KAIROS ontology.
 */
@Command(
    name = "wikievents",
    mixinStandardHelpOptions = true,
    description =
        "Trigger identification and classification and per-role argument P/R/F1 on WikiEvents"
            + " dev, end to end and on the triggers sitrep found.")
final class WikiEventsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description =
          "The folder holding dev.jsonl, dev_info.jsonl and event_role_KAIROS.json"
              + " (../shared/data/wikievents).")
  Path dir;

  @Option(names = "--limit", paramLabel = "N", description = "Read only the first N documents.")
  Integer limit;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--details",
      paramLabel = "FILE",
      description = "Write every gold event and every unmatched sitrep event as JSONL.")
  Path details;

  @Mixin GazetteerOption gazetteer;

  @Override
  public Integer call() throws Exception {
    check();
    ArticleExtractor extractor = gazetteer.extractor();
    // No publication date: WikiEvents gives none, and sitrep never assumes one.
    WikiEventsEvaluation evaluation =
        new WikiEventsEvaluation(extractor::extract, KairosMapping.standard(), threads);
    WikiEventsReport report =
        GoldSetOptions.timed(
            "wikievents",
            () -> {
              WikiEventsReport r =
                  evaluation.evaluate(dir, limit == null ? Integer.MAX_VALUE : limit);
              System.out.print(r.toTable());
              return r;
            });
    if (details != null) {
      report.writeDetails(details);
      System.out.println("details: " + details);
    }
    return 0;
  }

  private void check() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be >= 1, got " + limit);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
    }
    for (String name :
        List.of(WikiEventsGoldFile.DEV, WikiEventsGoldFile.DEV_INFO, WikiEventsGoldFile.ONTOLOGY)) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw new ParameterException(spec.commandLine(), "no gold file " + dir.resolve(name));
      }
    }
  }
}
