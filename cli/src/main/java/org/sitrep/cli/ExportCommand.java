package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.Engine;
import org.sitrep.store.LedgerLocation;
import org.sitrep.store.export.Format;
import org.sitrep.store.export.LedgerExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep export}: every ledger event as ACLED-style CSV, JSON Lines or GeoJSON, streamed in
 * date order. A summary line goes to stderr, so that stdout holds only the export.
 *
 * <p>Design decision: the export never creates a ledger. A mistyped {@code --db} must fail, not
 * export an empty new file, so the file is checked before connecting, and the connection reads the
 * ledger as it is (no migration).
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Exports every ledger event as acled-csv, jsonl or geojson.")
final class ExportCommand implements Callable<Integer> {
  @Option(
      names = "--db",
      paramLabel = "FILE",
      description = "Ledger file or postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db = "sitrep.db";

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
    LedgerLocation location = LedgerLocation.parse(db);
    if (location.engine() == Engine.SQLITE && !Files.isRegularFile(Path.of(location.display()))) {
      throw new CommandFailure("no ledger at " + location.display() + " (check --db)", null);
    }
    LedgerExport.Result result;
    try (Connection connection = DriverManager.getConnection(location.jdbcUrl());
        Writer writer = open()) {
      result = new LedgerExport(connection).export(chosen, writer);
    } catch (SQLException e) {
      throw new CommandFailure(
          "cannot export the ledger at " + location.display() + ": " + e.getMessage(), e);
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
