package org.sitrep.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.InputRecord;
import org.sitrep.store.Ledger;

/**
 * A ledger holding the two seed articles (read from the shared folder, never copied into the
 * repository), extracted once per test JVM; each test class gets its own copy to change.
 */
public final class SeedLedger {
  private SeedLedger() {}

  /** A fresh copy of the seed ledger, as a SQLite file in a new temporary folder. */
  public static Path copy() {
    try {
      Path folder = Files.createTempDirectory("sitrep-serve-test");
      Path copy = folder.resolve("seeds.db");
      Files.copy(Holder.FILE, copy);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path seedArticles() {
    return Path.of(System.getProperty("sitrep.shared", "../../shared"), "seeds", "articles.jsonl");
  }

  private static final class Holder {
    static final Path FILE = build();

    private static Path build() {
      try {
        Path file = Files.createTempDirectory("sitrep-seeds").resolve("seeds.db");
        try (Ledger ledger = Ledger.open(file.toString());
            Stream<InputRecord> records =
                new ArticleReader(ReaderOptions.defaults())
                    .read(List.of(seedArticles().toString()))) {
          for (InputRecord record : records.toList()) {
            InputRecord.Accepted accepted = (InputRecord.Accepted) record;
            ledger.ingest(SharedExtractor.get().extract(accepted.article()));
          }
          // Folds the write-ahead log into the file, so that a plain file copy is the ledger.
          try (var statement = ledger.reader().createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
          }
        }
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot build the seed ledger", e);
      }
    }
  }
}
