package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.store.Ledger;
import org.sitrep.store.query.ArticleSummary;
import org.sitrep.store.server.PostgresServer;

/**
 * The same API over a PostgreSQL ledger (a real server on loopback, started by the project's own
 * script): the seed extractions stored there answer as they do from the embedded default.
 */
class PostgresApiTest {
  static Ledger ledger;
  static SitrepServer server;

  @BeforeAll
  static void start() throws Exception {
    ledger = Ledger.open(PostgresServer.freshDatabase("sitrep_serve_api"));
    try (Ledger seeds = Ledger.open(SeedLedger.copy().toString())) {
      for (ArticleSummary article : seeds.articles().recent(0, 10)) {
        ledger.ingest(seeds.articles().article(article.id()).orElseThrow().extraction());
      }
    }
    server =
        SitrepServer.start(
            ServeOptions.loopback(0, "postgres-token-0123456789"), ledger, SharedExtractor::get);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    ledger.close();
  }

  @Test
  void the_seed_ledger_answers_from_postgresql_as_from_sqlite() throws Exception {
    assertThat(ApiTestClient.getJson(server, "/api/health").path("articles").asLong()).isEqualTo(2);
    JsonNode khan =
        ApiTestClient.getJson(server, "/api/events?actor=Hafiz+Saeed+Khan&type=ASSAULT");
    assertThat(khan.path("items").size()).isEqualTo(1);
    String id = khan.path("items").get(0).path("id").asText();
    JsonNode detail = ApiTestClient.getJson(server, "/api/events/" + id);
    assertThat(detail.path("reports").size()).isEqualTo(2);
    assertThat(detail.path("reports").get(0).path("passages").size()).isPositive();
    Set<String> verdicts = new HashSet<>();
    ApiTestClient.getJson(server, "/api/contradictions")
        .forEach(c -> verdicts.add(c.path("verdict").asText()));
    assertThat(verdicts).contains("disagree", "contested");
    JsonNode page = ApiTestClient.getJson(server, "/api/articles?limit=1");
    assertThat(page.path("items").size()).isEqualTo(1);
    assertThat(page.path("next").asText()).isEqualTo("/api/articles?limit=1&offset=1");
  }
}
