package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.Ledger;
import org.sitrep.store.export.Format;
import org.sitrep.store.export.LedgerExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export}: every ledger event as ACLED-style CSV, JSON Lines or GeoJSON, streamed in
 * date order. A summary line goes to stderr, so that stdout holds only the export.
 *
 * <p>Design decision: the export never creates a ledger: a mistyped {@code --db} fails as a usage
 * error instead of exporting an empty new file.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports every ledger event as acled-csv, jsonl or geojson.")
final class ExportCommand implements Callable<Integer> {
  @Mixin LedgerOption ledger;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "acled-csv, jsonl or geojson.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: stdout).")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Format chosen;
    try {
      chosen = Format.of(format);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    LedgerExport.Result result;
    try (Ledger store = ledger.openExisting();
        Writer writer = open()) {
      result = new LedgerExport(store.reader()).export(chosen, writer);
    } catch (SQLException e) {
      throw new CommandFailure(
          "cannot export the ledger at " + ledger.location().display() + ": " + e.getMessage(), e);
    }
    String skipped =
        chosen == Format.GEOJSON
            ? String.format(
                Locale.ROOT,
                " (%,d without coordinates skipped)",
                result.skippedWithoutCoordinates())
            : "";
    System.err.printf(
        Locale.ROOT,
        "sitrep: exported %,d events%s as %s to %s%n",
        result.exported(),
        skipped,
        chosen,
        out == null ? "stdout" : out);
    return 0;
  }

  /** The output as UTF-8; stdout is flushed but left open. */
  private Writer open() throws IOException {
    if (out != null) {
      return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }
    return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }
}
