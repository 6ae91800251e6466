package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Ledger;

/** The REST API on a real server (port 0) over a ledger holding the two seed articles. */
class ApiTest {
  static final String TOKEN = "api-test-token-0123456789";
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static Ledger ledger;
  static SitrepServer server;

  @BeforeAll
  static void start() throws Exception {
    Path file = SeedLedger.copy();
    ledger = Ledger.open(file.toString());
    server = SitrepServer.start(ServeOptions.loopback(0, TOKEN), ledger, SharedExtractor::get);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    ledger.close();
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.url() + path));
  }

  static JsonNode getJson(String path) throws IOException {
    return ApiTestClient.getJson(server, path);
  }

  static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asText()).startsWith("/problems/");
    return problem;
  }

  @Test
  void health_counts_the_seed_articles_and_their_events() throws IOException {
    JsonNode health = getJson("/api/health");
    assertThat(health.path("articles").asLong()).isEqualTo(2);
    assertThat(health.path("events").asLong()).isPositive();
  }

  @Test
  void pages_of_events_follow_next_links_and_cover_every_event_once() throws IOException {
    long total = getJson("/api/health").path("events").asLong();
    Set<String> seen = new HashSet<>();
    String path = "/api/events?limit=3";
    int pages = 0;
    while (path != null) {
      JsonNode page = getJson(path);
      assertThat(page.path("items").size()).isLessThanOrEqualTo(3);
      page.path("items").forEach(item -> assertThat(seen.add(item.path("id").asText())).isTrue());
      path = page.path("next").isNull() ? null : page.path("next").asText();
      pages++;
    }
    assertThat(seen).hasSize((int) total);
    assertThat(pages).isGreaterThan(1);
  }

  @Test
  void the_khan_killing_is_one_event_with_two_sources_and_their_passages() throws IOException {
    JsonNode page = getJson("/api/events?actor=Hafiz+Saeed+Khan&type=assault");
    assertThat(page.path("items").size()).isEqualTo(1);
    JsonNode event = page.path("items").get(0);
    assertThat(event.path("merged").path("sources").asInt()).isEqualTo(2);

    JsonNode detail = getJson("/api/events/" + event.path("id").asText());
    assertThat(detail.path("reports").size()).isEqualTo(2);
    for (JsonNode report : detail.path("reports")) {
      JsonNode trigger = report.path("event").path("trigger");
      List<String> marked = new ArrayList<>();
      for (JsonNode passage : report.path("passages")) {
        int base = passage.path("start").asInt();
        String text = passage.path("text").asText();
        for (JsonNode mark : passage.path("highlights")) {
          if (mark.path("role").asText().equals("trigger")) {
            marked.add(
                text.substring(mark.path("start").asInt() - base, mark.path("end").asInt() - base));
          }
        }
      }
      assertThat(marked).contains(trigger.path("text").asText());
    }
  }

  @Test
  void filters_that_break_a_rule_are_refused_by_name() throws IOException {
    assertThat(problem(send(request("/api/events?limit=0")), 400).path("detail").asText())
        .contains("limit must be in 1..500");
    assertThat(problem(send(request("/api/events?from=2016-13-01")), 400).path("detail").asText())
        .contains("from must be a date");
    assertThat(problem(send(request("/api/events?type=BOMBING")), 400).path("detail").asText())
        .contains("PLOVER event type");
    assertThat(problem(send(request("/api/events?actr=IS")), 400).path("detail").asText())
        .contains("unknown parameter actr");
    assertThat(problem(send(request("/api/events?offset=9990&limit=50")), 400).path("detail"))
        .isNotNull();
    assertThat(problem(send(request("/api/timeline")), 400).path("detail").asText())
        .contains("q is required");
  }

  @Test
  void unknown_ids_and_paths_are_problems_not_pages() throws IOException {
    problem(send(request("/api/events/ev-0000")), 404);
    problem(send(request("/api/articles/no-such-article")), 404);
    problem(send(request("/api/actors/no-such-actor")), 404);
    assertThat(problem(send(request("/api/nothing-here")), 404).path("detail").asText())
        .contains("/api/openapi.json");
    problem(send(request("/atlas/provinces/..%2F..%2Fetc")), 404);
    assertThat(problem(send(request("/no-such-file.js")), 404).path("detail").asText())
        .contains("nothing is served at /no-such-file.js");
  }

  @Test
  void an_article_comes_with_its_text_extraction_and_ledger_events() throws IOException {
    JsonNode list = getJson("/api/articles");
    assertThat(list.path("items").size()).isEqualTo(2);
    String id = list.path("items").get(0).path("id").asText();
    JsonNode article = getJson("/api/articles/" + id);
    assertThat(article.path("extraction").path("article").path("text").asText()).isNotBlank();
    assertThat(article.path("extraction").path("entities").size()).isPositive();
    assertThat(article.path("ledger_events").size()).isPositive();
  }

  @Test
  void contradictions_show_the_strength_disagreement_and_the_contested_alliance()
      throws IOException {
    Set<String> verdicts = new HashSet<>();
    getJson("/api/contradictions").forEach(c -> verdicts.add(c.path("verdict").asText()));
    assertThat(verdicts).contains("disagree", "contested");
  }

  @Test
  void an_actor_is_found_by_alias_with_its_succession() throws IOException {
    JsonNode found = getJson("/api/actors?q=ISIS-K");
    assertThat(found.size()).isPositive();
    JsonNode actor = getJson("/api/actors/" + found.get(0).path("id").asText());
    assertThat(actor.path("aliases").size()).isPositive();
  }

  @Test
  void a_timeline_falls_back_to_the_place_when_the_actor_took_part_in_nothing() throws IOException {
    JsonNode timeline = getJson("/api/timeline?q=Nangarhar");
    assertThat(timeline.path("kind").asText()).isEqualTo("place");
    assertThat(timeline.path("events").path("items").size()).isPositive();
  }

  @Test
  void every_answer_carries_the_security_headers() throws IOException {
    for (String path : List.of("/", "/api/health", "/api/nothing-here", "/atlas/atlas.js")) {
      HttpResponse<String> response = send(request(path));
      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .as(path)
          .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }
  }

  @Test
  void a_foreign_host_name_is_refused_against_dns_rebinding() throws Exception {
    // HttpClient will not set Host; a raw socket can.
    try (var socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write(
              ("GET /api/health HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n")
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 421").contains("attacker.example");
    }
  }

  @Test
  void the_openapi_document_describes_every_path_and_each_answers() throws IOException {
    JsonNode doc = getJson(SitrepServer.OPENAPI_PATH);
    assertThat(doc.path("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    doc.path("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths)
        .contains("/api/events", "/api/events/{id}", "/api/articles", "/api/contradictions");
    for (String path : paths) {
      if (!doc.path("paths").path(path).has("get")) {
        continue;
      }
      String concrete =
          path.replace("{id}", "x").replace("{country}", "AF.json")
              + (path.equals("/api/timeline") || path.equals("/api/actors") ? "?q=IS" : "")
              + (path.equals("/api/claims") ? "?subject=IS" : "");
      HttpResponse<String> response = send(request(concrete));
      // A documented path is routed: a 404 may say "no such id", never "nothing is served".
      assertThat(response.body()).as(concrete).doesNotContain("nothing is served at");
      assertThat(response.statusCode()).as(concrete).isNotEqualTo(405);
    }
  }
}
