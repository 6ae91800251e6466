package org.sitrep.cli;

import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.serve.ServeOptions;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the REST API and the web app over the ledger, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves the ledger: a REST API (described at /api/openapi.json) and a web app with events,"
          + " sources with their evidence, articles, a timeline, a map and contradictions.",
      "Listens on 127.0.0.1 unless --host says otherwise. Writes (POST /api/articles,"
          + " /api/extractions) need the bearer token printed at start."
    })
final class ServeCommand implements Callable<Integer> {
  static final String TOKEN_ENVIRONMENT = "SITREP_TOKEN";

  @Option(
      names = "--host",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). 0.0.0.0 exposes"
              + " the ledger to the network.")
  String host = ServeOptions.DEFAULT_HOST;

  @Option(names = "--port", description = "Port (default: ${DEFAULT-VALUE}; 0 for any free one).")
  int port = 8731;

  @Option(
      names = "--token",
      description =
          "Bearer token for writes (default: $" + TOKEN_ENVIRONMENT + ", else a random one).")
  String token;

  @Option(
      names = "--max-request-mb",
      description = "Largest request body in MiB (default: ${DEFAULT-VALUE}).")
  int maxRequestMb = (int) (ServeOptions.DEFAULT_MAX_REQUEST_BYTES >> 20);

  @Mixin LedgerOption ledger;

  @Mixin GazetteerOption gazetteer;

  private ArticleExtractor extractor;

  @Override
  public Integer call() throws SQLException, InterruptedException {
    String writeToken = chooseToken();
    ServeOptions options = new ServeOptions(host, port, writeToken, (long) maxRequestMb << 20, 4);
    try (Ledger store = ledger.openForWriting();
        SitrepServer server = SitrepServer.start(options, store, this::extractor)) {
      System.err.println("sitrep serve: " + server.url() + "/ over " + store.location().display());
      System.err.println(
          "sitrep serve: API description at " + server.url() + SitrepServer.OPENAPI_PATH);
      if (token == null && System.getenv(TOKEN_ENVIRONMENT) == null) {
        System.err.println("sitrep serve: write token (Authorization: Bearer …): " + writeToken);
      }
      if (!options.loopbackOnly()) {
        System.err.println(
            "sitrep serve: warning: listening on "
                + host
                + ": anyone who can reach this machine can read the ledger");
      }
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "sitrep-serve-stop"));
      stopped.await();
    }
    return 0;
  }

  private String chooseToken() {
    if (token != null) {
      return token;
    }
    String fromEnvironment = System.getenv(TOKEN_ENVIRONMENT);
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment.strip();
    }
    byte[] random = new byte[24];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** The extractor, loaded on the first posted article: reading the ledger never waits for it. */
  private synchronized ArticleExtractor extractor() {
    if (extractor == null) {
      System.err.println("sitrep serve: loading the extraction models (about a minute)…");
      extractor = gazetteer.extractor();
    }
    return extractor;
  }
}
