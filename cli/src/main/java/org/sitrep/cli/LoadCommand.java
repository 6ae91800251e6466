package org.sitrep.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.sitrep.serve.load.LoadGenerator;
import org.sitrep.store.json.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep load}: a bounded load on a running {@code sitrep serve}, from this process. */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Measures a running 'sitrep serve': concurrent clients send a fixed number of requests over"
          + " the pages an analyst opens (event lists and pages, articles, timelines,"
          + " contradictions, the app's files), after an unmeasured warm-up.",
      "Prints requests per second, p50/p90/p99/max latency and errors as one JSON line."
    })
final class LoadCommand implements Callable<Integer> {
  @Parameters(paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8731")
  String url;

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 50;

  @Option(names = "--requests", description = "Requests in all (default: ${DEFAULT-VALUE}).")
  int requests = 10_000;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (clients < 1 || requests < clients) {
      throw new CommandFailure(
          "--clients must be at least 1 and --requests at least --clients, got "
              + clients
              + " and "
              + requests,
          null);
    }
    System.err.println("sitrep load: warming up, then " + requests + " requests");
    LoadGenerator.Report report = new LoadGenerator(url).measure(clients, requests);
    System.out.println(ExtractionJson.write(report));
    return report.errors() == 0 ? 0 : 1;
  }
}
