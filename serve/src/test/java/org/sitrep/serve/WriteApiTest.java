package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.serve.ApiTest.JSON;
import static org.sitrep.serve.ApiTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Ledger;

/** Posts to the API: the token, the origin and size rules, and batches with bad records. */
class WriteApiTest {
  static final String TOKEN = "write-test-token-0123456789";
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static Ledger ledger;
  static SitrepServer server;

  /** An article written for this test: a fictional raid, long enough to pass the English check. */
  static final String ARTICLE =
      "Gunmen attacked a police checkpoint on the edge of Jalalabad in Nangarhar province on"
          + " Tuesday night, killing three officers and wounding two others, the provincial"
          + " police chief said on Wednesday. The attackers fled on motorbikes after a gun battle"
          + " that lasted about an hour, and so far nobody has said they carried out the attack,"
          + " according to the governor's spokesman.";

  /**
   * The same kind of report in French, written for this test: it must be refused as not English.
   */
  static final String FRENCH =
      "Des hommes armés ont attaqué un poste de police à la sortie de la ville mardi soir, tuant"
          + " trois policiers et en blessant deux autres, a indiqué mercredi le chef de la police"
          + " de la province. Les assaillants ont pris la fuite à moto après un échange de tirs qui"
          + " a duré environ une heure, et aucun groupe n'a revendiqué l'attaque pour le moment.";

  @BeforeAll
  static void start() throws Exception {
    ledger = Ledger.open(SeedLedger.copy().toString());
    server =
        SitrepServer.start(
            new ServeOptions("127.0.0.1", 0, TOKEN, 64 * 1024, 2), ledger, SharedExtractor::get);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    ledger.close();
  }

  static HttpResponse<String> post(String path, String type, String body, Map<String, String> h)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    h.forEach(request::header);
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static Map<String, String> token() {
    return Map.of("Authorization", "Bearer " + TOKEN);
  }

  static String article(String id, String text) {
    return JSON.createObjectNode()
        .put("id", id)
        .put("title", "Checkpoint attacked")
        .put("published", "2026-03-04")
        .put("text", text)
        .toString();
  }

  @Test
  void writes_without_the_token_or_with_a_wrong_one_are_refused() throws Exception {
    HttpResponse<String> none =
        post("/api/articles", "application/json", article("a", ARTICLE), Map.of());
    assertThat(problem(none, 401).path("detail").asText()).contains("Authorization: Bearer");
    assertThat(none.headers().firstValue("WWW-Authenticate")).isPresent();
    problem(
        post(
            "/api/articles",
            "application/json",
            article("a", ARTICLE),
            Map.of("Authorization", "Bearer not-the-token")),
        403);
    problem(post("/api/extractions", "application/json", "{}", Map.of()), 401);
  }

  @Test
  void a_post_from_another_site_is_refused_even_with_the_token() throws Exception {
    Map<String, String> headers = Map.of("Authorization", "Bearer " + TOKEN);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.url() + "/api/extract"))
            .header("Content-Type", "application/json")
            .header("Origin", "https://attacker.example")
            .POST(HttpRequest.BodyPublishers.ofString(article("b", ARTICLE)));
    headers.forEach(request::header);
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertThat(problem(response, 403).path("detail").asText()).contains("attacker.example");
  }

  @Test
  void bodies_that_cannot_be_read_get_specific_problems() throws Exception {
    assertThat(
            problem(
                    post("/api/articles", "application/json", "{\"text\": \"unclosed", token()),
                    400)
                .path("detail")
                .asText())
        .contains("not JSON")
        .contains("line 1");
    assertThat(
            problem(post("/api/articles", "application/xml", "<a/>", token()), 415)
                .path("detail")
                .asText())
        .contains("application/xml");
    problem(post("/api/articles", "application/json", "", token()), 400);
    problem(post("/api/articles", "application/json", "[]", token()), 400);
    String tooBig = article("big", "word ".repeat(20_000));
    assertThat(problem(post("/api/articles", "application/json", tooBig, token()), 413))
        .isNotNull();
  }

  @Test
  void a_batch_stores_the_good_article_and_reports_every_bad_record() throws Exception {
    String batch =
        "["
            + article("checkpoint-1", ARTICLE)
            + ", {\"id\": \"empty-1\", \"text\": \"   \"}"
            + ", \"a string, not an article\""
            + ", "
            + article("french-1", FRENCH)
            + "]";
    HttpResponse<String> response = post("/api/articles", "application/json", batch, token());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.path("received").asInt()).isEqualTo(4);
    assertThat(report.path("accepted").asInt()).isEqualTo(1);
    assertThat(report.path("rejected").asInt()).isEqualTo(3);
    assertThat(report.path("results").get(0).path("status").asText()).isEqualTo("added");
    assertThat(report.path("results").get(1).path("detail").asText()).startsWith("no_text");
    assertThat(report.path("results").get(2).path("detail").asText()).startsWith("malformed_json");
    assertThat(report.path("results").get(3).path("detail").asText()).startsWith("not_english");

    JsonNode again =
        JSON.readTree(
            post("/api/articles", "application/json", article("checkpoint-1", ARTICLE), token())
                .body());
    assertThat(again.path("results").get(0).path("status").asText()).isEqualTo("duplicate");
    assertThat(ApiTestClient.getJson(server, "/api/articles/checkpoint-1").path("id").asText())
        .isEqualTo("checkpoint-1");
  }

  @Test
  void a_plain_text_article_takes_its_metadata_from_the_query() throws Exception {
    HttpResponse<String> response =
        post(
            "/api/articles?id=plain-1&published=2026-03-05&title=Raid",
            "text/plain; charset=utf-8",
            ARTICLE.replace("Tuesday", "Monday").replace("three officers", "four officers"),
            token());
    JsonNode report = JSON.readTree(response.body());
    assertThat(report.path("results").get(0).path("id").asText()).isEqualTo("plain-1");
    assertThat(report.path("accepted").asInt()).isEqualTo(1);
  }

  @Test
  void extract_reads_an_article_without_storing_it() throws Exception {
    long before = ApiTestClient.getJson(server, "/api/health").path("articles").asLong();
    HttpResponse<String> response =
        post("/api/extract", "application/json", article("preview-1", ARTICLE), Map.of());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode extraction = JSON.readTree(response.body());
    assertThat(extraction.path("events").size()).isPositive();
    assertThat(extraction.path("places").toString()).contains("Nangarhar");
    assertThat(ApiTestClient.getJson(server, "/api/health").path("articles").asLong())
        .isEqualTo(before);
    JsonNode rejected =
        problem(post("/api/extract", "application/json", "{\"text\": \"\"}", Map.of()), 422);
    assertThat(rejected.path("detail").asText()).startsWith("no_text");
  }
}
