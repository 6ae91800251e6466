package org.sitrep.serve.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sitrep.serve.SeedLedger;
import org.sitrep.serve.ServeOptions;
import org.sitrep.serve.SharedExtractor;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.Ledger;

/**
 * A {@code sitrep serve} on a loopback port over a throwaway SQLite ledger, for one test class. The
 * ledger is either a copy of {@link SeedLedger}'s (the two seed articles of the shared folder,
 * extracted once per JVM) or empty.
 */
final class LedgerServer implements AutoCloseable {
  /** The write token of every test server. */
  static final String TOKEN = "e2e-token-e2e-token";

  private final Path folder;
  private final Ledger ledger;
  private final SitrepServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  private LedgerServer(Path folder, Ledger ledger, SitrepServer server) {
    this.folder = folder;
    this.ledger = ledger;
    this.server = server;
  }

  /** A server whose ledger holds the two seed articles. */
  static LedgerServer withSeeds() throws IOException, SQLException {
    return start(true);
  }

  /** A server over an empty ledger. */
  static LedgerServer empty() throws IOException, SQLException {
    return start(false);
  }

  private static LedgerServer start(boolean seeds) throws IOException, SQLException {
    // Design decision: the seed ledger is extracted once per JVM (SeedLedger) and copied for each
    // test class, like the API tests do: extraction is the slow part, and the copy is the same.
    Path file =
        seeds
            ? SeedLedger.copy()
            : Files.createTempDirectory("sitrep-e2e-ledger-").resolve("ledger.db");
    Ledger ledger = Ledger.open(file.toString());
    try {
      SitrepServer server =
          SitrepServer.start(ServeOptions.loopback(0, TOKEN), ledger, SharedExtractor::get);
      return new LedgerServer(file.getParent(), ledger, server);
    } catch (SQLException | RuntimeException e) {
      ledger.close();
      throw e;
    }
  }

  /** The base URL, {@code http://127.0.0.1:PORT}. */
  String url() {
    return server.url();
  }

  /** GET {@code path} from the API, answered as a string (any status). */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** POST {@code json} to {@code path} with {@code authorization} (none when null). */
  HttpResponse<String> post(String path, String json, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws SQLException {
    try {
      server.close();
    } finally {
      ledger.close();
      deleteTree(folder);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the test ledger folder " + root, e);
    }
  }
}
