package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.sitrep.serve.load.LoadGenerator;
import org.sitrep.store.Ledger;

/**
 * A bounded load from a second process on loopback: 50 concurrent clients against the server over
 * the seed ledger. It checks that every request is answered; the latency figures are written to
 * {@code target/load-report.json} and printed, not asserted (timings belong to benchmarks).
 */
class LoadTest {
  static final int CLIENTS = 50;
  static final int REQUESTS = 6_000;

  @Test
  void fifty_concurrent_clients_get_every_answer_without_an_error() throws Exception {
    try (Ledger ledger = Ledger.open(SeedLedger.copy().toString());
        SitrepServer server =
            SitrepServer.start(
                ServeOptions.loopback(0, "load-test-token-0123456789"),
                ledger,
                SharedExtractor::get)) {
      Path java = Path.of(System.getProperty("java.home"), "bin", "java");
      Process process =
          new ProcessBuilder(
                  List.of(
                      java.toString(),
                      "-Xmx512m",
                      "-cp",
                      System.getProperty("java.class.path"),
                      LoadGenerator.class.getName(),
                      server.url(),
                      String.valueOf(CLIENTS),
                      String.valueOf(REQUESTS)))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("load run ended").isTrue();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.exitValue()).as(output).isZero();
      String line = output.strip().lines().reduce((a, b) -> b).orElseThrow();
      Files.writeString(Path.of("target", "load-report.json"), line + "\n");
      System.out.println("load test (" + CLIENTS + " clients, second process): " + line);
      JsonNode report = new ObjectMapper().readTree(line);
      assertThat(report.path("requests").asInt()).isEqualTo(REQUESTS);
      assertThat(report.path("errors").asInt()).as(line).isZero();
      assertThat(new File("target/load-report.json")).exists();
    }
  }
}
