package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.gazetteer.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sitrep gazetteer}: builds a gazetteer index with full GeoNames coverage. */
@Command(
    name = "gazetteer",
    mixinStandardHelpOptions = true,
    description = "Builds gazetteer indexes.",
    subcommands = {GazetteerCommand.Build.class})
final class GazetteerCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a gazetteer command: build");
  }

  /** {@code sitrep gazetteer build --geonames FILE [--out FILE]}. */
  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = {
        "Indexes every populated place, province (ADM1), district (ADM2) and country of an"
            + " official GeoNames dump, for 'sitrep extract --gazetteer FILE'.",
        "Exit codes: 0 built, 1 the dump is unreadable or malformed, 2 usage error."
      })
  static final class Build implements Callable<Integer> {
    /** Where the index goes when {@code --out} is not given: the current directory. */
    static final String DEFAULT_OUT = "gazetteer-geonames.bin";

    @Option(
        names = "--geonames",
        required = true,
        paramLabel = "FILE",
        description =
            "A GeoNames dump in the 19-column geoname format: allCountries.txt, a country file"
                + " such as AF.txt, or the .zip that holds it.")
    Path dump;

    @Option(
        names = "--out",
        paramLabel = "FILE",
        description = "The index to write (default: ${DEFAULT-VALUE} in the current directory).")
    Path out = Path.of(DEFAULT_OUT);

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      if (!Files.isRegularFile(dump)) {
        throw new ParameterException(
            spec.commandLine(), "--geonames: no GeoNames dump file at " + dump);
      }
      if (Files.isDirectory(out)) {
        throw new ParameterException(
            spec.commandLine(), "--out: " + out + " is a folder; name the index file");
      }
      PrintStream err = System.err;
      long started = System.nanoTime();
      GazetteerBuilder.Report report;
      try {
        report = GazetteerBuilder.buildFromDump(dump, out, note -> err.println("sitrep: " + note));
        print(report, Files.size(out), (System.nanoTime() - started) / 1e9);
      } catch (IOException e) {
        throw new CommandFailure(
            "cannot build a gazetteer from " + dump + ": " + e.getMessage(), e);
      }
      return 0;
    }

    private void print(GazetteerBuilder.Report report, long bytes, double seconds) {
      PrintStream stdout = System.out;
      stdout.printf(
          Locale.ROOT,
          "gazetteer index %s: %,d bytes, built in %.1f s%n",
          out.toAbsolutePath(),
          bytes,
          seconds);
      stdout.printf(
          Locale.ROOT,
          "%,d entries: %,d countries, %,d admin1, %,d admin2, %,d places; %,d name keys%n",
          report.entries(),
          report.countries(),
          report.admin1(),
          report.admin2(),
          report.places(),
          report.keys());
      stdout.printf(
          Locale.ROOT,
          "use it with: sitrep extract --gazetteer %s INPUT... (or set %s=%s)%n",
          out,
          GazetteerOption.ENVIRONMENT,
          out.toAbsolutePath());
    }
  }
}
