package org.sitrep.serve.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on a running {@code sitrep serve}: {@code clients} concurrent clients, each
 * sending requests one after another until {@code requests} have been sent in all, over the pages
 * an analyst opens (event lists, event pages, articles, timelines, contradictions, the app's
 * files). Run it from another process than the server's, so that the two do not share a heap or a
 * garbage collector.
 *
 * <p>Design decision: a fixed number of requests, not a duration: the run is bounded however slow
 * the server is, and two runs are comparable.
 */
public final class LoadGenerator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http;

  public LoadGenerator(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** What a run measured. Latencies in milliseconds. */
  public record Report(
      int clients,
      int requests,
      int errors,
      Map<String, Integer> errorsByKind,
      double seconds,
      double requestsPerSecond,
      double p50,
      double p90,
      double p99,
      double max) {}

  /** The request paths of the mix, discovered from the server's own lists. */
  public List<String> paths() throws IOException, InterruptedException {
    List<String> paths = new ArrayList<>();
    paths.add("/");
    paths.add("/app.js");
    paths.add("/api/health");
    paths.add("/api/events?limit=50");
    paths.add("/api/contradictions");
    paths.add("/api/articles");
    JsonNode events = get("/api/events?limit=20").path("items");
    for (JsonNode event : events) {
      paths.add("/api/events/" + encode(event.path("id").asText()));
      String type = event.path("merged").path("type").asText();
      paths.add("/api/events?limit=20&type=" + encode(type));
    }
    for (JsonNode article : get("/api/articles?limit=20").path("items")) {
      paths.add("/api/articles/" + encode(article.path("id").asText()));
    }
    paths.add("/api/timeline?q=" + encode("Afghanistan"));
    return paths;
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  /**
   * Sends {@code requests} requests from {@code clients} threads, cycling through {@code paths}.
   */
  public Report run(List<String> paths, int clients, int requests) throws InterruptedException {
    long[] latencies = new long[requests];
    AtomicInteger next = new AtomicInteger();
    Map<String, Integer> errors = new TreeMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.execute(
          () -> {
            int i;
            while ((i = next.getAndIncrement()) < requests) {
              long sent = System.nanoTime();
              String error = send(paths.get(i % paths.size()));
              latencies[i] = System.nanoTime() - sent;
              if (error != null) {
                synchronized (errors) {
                  errors.merge(error, 1, Integer::sum);
                }
              }
            }
          });
    }
    pool.shutdown();
    if (!pool.awaitTermination(30, TimeUnit.MINUTES)) {
      pool.shutdownNow();
      throw new IllegalStateException("the load run did not end within 30 minutes");
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(latencies);
    int errorCount = errors.values().stream().mapToInt(Integer::intValue).sum();
    return new Report(
        clients,
        requests,
        errorCount,
        errors,
        seconds,
        requests / seconds,
        percentile(latencies, 0.50),
        percentile(latencies, 0.90),
        percentile(latencies, 0.99),
        latencies[latencies.length - 1] / 1e6);
  }

  /** Null when the answer is a 200 with a body; else what went wrong. */
  private String send(String path) {
    try {
      HttpResponse<byte[]> response =
          http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        return "status " + response.statusCode();
      }
      return response.body().length == 0 ? "empty body" : null;
    } catch (IOException e) {
      return e.getClass().getSimpleName();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build();
  }

  private static double percentile(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * The measured run: the request mix discovered from the server, an unmeasured warm-up (the
   * server's JIT and both sides' connections start cold), then {@code requests} requests from
   * {@code clients} clients.
   */
  public Report measure(int clients, int requests) throws IOException, InterruptedException {
    List<String> paths = paths();
    run(paths, 8, Math.min(2_000, requests / 2));
    return run(paths, clients, requests);
  }

  /**
   * {@code LoadGenerator URL CLIENTS REQUESTS}: prints the report as one JSON line on stdout. For
   * tests and scripts; users run {@code sitrep load}.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: LoadGenerator URL CLIENTS REQUESTS");
      System.exit(2);
    }
    Report report =
        new LoadGenerator(args[0]).measure(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
    System.out.println(JSON.writeValueAsString(report));
  }
}
