package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sitrep.store.Engine;
import org.sitrep.store.Ledger;
import org.sitrep.store.LedgerLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --db} option of the ledger commands (a picocli mixin): a SQLite file, by default
 * {@value #DEFAULT} or {@code $SITREP_DB}, or a {@code postgresql://} URL.
 */
final class LedgerOption {
  static final String DEFAULT = "sitrep.db";
  static final String ENVIRONMENT = "SITREP_DB";

  @Option(
      names = "--db",
      paramLabel = "FILE|URL",
      description =
          "The ledger: a file (embedded, the default: $"
              + ENVIRONMENT
              + " when set, else ./"
              + DEFAULT
              + ") or postgresql://HOST:PORT/DB?user=U")
  String db;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  LedgerLocation location() {
    String chosen = db;
    if (chosen == null) {
      String fromEnvironment = System.getenv(ENVIRONMENT);
      chosen = fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT : fromEnvironment;
    }
    try {
      return LedgerLocation.parse(chosen);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Opens the ledger to add to it, creating it when new. */
  Ledger openForWriting() {
    return open(location());
  }

  /** Opens an existing ledger; a missing file is a usage error, never a new empty ledger. */
  Ledger openExisting() {
    LedgerLocation location = location();
    if (location.engine() == Engine.SQLITE && !Files.isRegularFile(Path.of(location.display()))) {
      throw new ParameterException(
          spec.commandLine(),
          "no ledger at "
              + location.display()
              + " (create one with 'sitrep ingest', or choose another with --db)");
    }
    return open(location);
  }

  private static Ledger open(LedgerLocation location) {
    try {
      return Ledger.open(location);
    } catch (SQLException e) {
      throw new CommandFailure(
          "cannot open ledger " + location.display() + ": " + e.getMessage(), e);
    }
  }
}
