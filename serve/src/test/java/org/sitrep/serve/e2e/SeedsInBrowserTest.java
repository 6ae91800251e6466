package org.sitrep.serve.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app over a ledger of the two seed articles, page by page, in a real headless Chromium:
 * every page the contract names reaches its ready state, shows what the ledger holds, and leaves no
 * error in the browser console. Each page is saved as a screenshot under target/screenshots.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedsInBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The seeds' one event reported by both articles: the strike that killed ISIS-K's leader. */
  private static final String TWO_SOURCE_VICTIM = "hafiz-saeed-khan";

  private LedgerServer server;
  private Chromium chromium;
  private ChromeDriver driver;

  @BeforeAll
  void start() throws Exception {
    server = LedgerServer.withSeeds();
    chromium = Chromium.launch();
    driver = chromium.driver();
  }

  @AfterAll
  void stop() throws Exception {
    try {
      if (chromium != null) {
        chromium.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  @BeforeEach
  void forgetEarlierConsoleEntries() {
    chromium.consoleErrors();
  }

  @AfterEach
  void leavesNoConsoleErrors() {
    assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
  }

  /**
   * The console check of every test is only worth something when the browser log reaches the tests:
   * this shows that console.error, a blocked inline style (CSP) and an uncaught exception all do,
   * and that the first page load itself logs nothing.
   */
  @Test
  @Order(0)
  void console_errors_csp_violations_and_uncaught_exceptions_reach_the_tests() {
    driver.get(server.url() + "/#/events");
    Pages.ready(driver, "events");
    List<String> pageLoad = chromium.consoleErrors();
    driver.executeScript(
        "console.error('sitrep-e2e-probe-console');"
            + "document.body.setAttribute('style', 'outline: 1px solid red');"
            + "setTimeout(() => { throw new Error('sitrep-e2e-probe-uncaught'); }, 0);");
    List<String> probes = new ArrayList<>();
    new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(100))
        .until(
            d -> {
              probes.addAll(chromium.consoleErrors());
              return probes.size() >= 3;
            });
    assertThat(probes)
        .anySatisfy(m -> assertThat(m).contains("sitrep-e2e-probe-console"))
        .anySatisfy(m -> assertThat(m).contains("Content Security Policy"))
        .anySatisfy(m -> assertThat(m).contains("sitrep-e2e-probe-uncaught"));
    assertThat(pageLoad).as("console errors of the first page load").isEmpty();
  }

  @Test
  @Order(1)
  void events_table_lists_the_seed_events_and_filters_by_sources() throws Exception {
    WebElement page = Pages.open(driver, server.url(), "#/events", "events");
    chromium.screenshot("01-events");
    assertThat(page.findElement(Pages.byTestId("events-table")).isDisplayed()).isTrue();
    assertThat(page.findElements(Pages.byTestId("event-row"))).isNotEmpty();

    String id = twoSourceEventId();
    WebElement minSources = page.findElement(Pages.byTestId("filter-min-sources"));
    minSources.clear();
    minSources.sendKeys("2");
    page.findElement(Pages.byTestId("filter-apply")).click();
    page = Pages.next(driver, "events", page);
    assertThat(driver.getCurrentUrl()).contains("minSources=2");
    assertThat(
            page.findElements(Pages.byTestId("event-row")).stream()
                .map(row -> row.getDomAttribute("data-event-id")))
        .contains(id)
        .containsExactlyElementsOf(eventIds("/api/events?minSources=2"));
  }

  @Test
  @Order(2)
  void event_page_shows_both_reports_and_the_article_reader_highlights_the_text() throws Exception {
    String id = twoSourceEventId();
    WebElement events = Pages.open(driver, server.url(), "#/events?minSources=2", "events");
    events
        .findElement(By.cssSelector(Pages.testId("event-row") + "[data-event-id='" + id + "'] a"))
        .click();
    WebElement page = Pages.ready(driver, "event");
    chromium.screenshot("02-event");
    assertThat(driver.getCurrentUrl()).endsWith("#/events/" + id);
    List<WebElement> reports = page.findElements(Pages.byTestId("source-report"));
    assertThat(reports).hasSize(2);
    for (WebElement report : reports) {
      assertThat(report.getDomAttribute("data-article-id")).isNotBlank();
      assertThat(report.findElements(Pages.byTestId("passage")))
          .as("passages of %s", report.getDomAttribute("data-article-id"))
          .anySatisfy(
              passage ->
                  assertThat(passage.findElements(By.cssSelector("mark.hl-trigger"))).isNotEmpty());
    }

    reports.get(0).findElement(Pages.byTestId("article-link")).click();
    WebElement article = Pages.ready(driver, "article");
    chromium.screenshot("03-article");
    WebElement text = article.findElement(Pages.byTestId("article-text"));
    for (String kind : List.of("entity", "place", "time")) {
      assertThat(
              text.findElements(By.cssSelector("mark.hl-" + kind + "[data-kind='" + kind + "']")))
          .as("%s highlights in the article text", kind)
          .isNotEmpty();
    }
  }

  @Test
  @Order(3)
  void timeline_resolves_isis_k_and_lists_the_events_of_its_first_leader() throws Exception {
    Pages.open(driver, server.url(), "#/events", "events");
    driver.findElement(Pages.byTestId("nav-timeline")).click();
    WebElement page = timeline(Pages.ready(driver, "timeline"), "ISIS-K");
    // Design decision: no seed event names the branch itself as a participant (the strikes name
    // its leaders), so its timeline is empty; the page must still resolve the alias to the branch.
    assertThat(page.findElements(By.cssSelector("a[href='#/actors/islamic-state-khorasan']")))
        .as("link to the actor the alias ISIS-K resolves to")
        .isNotEmpty();

    page = timeline(page, "Hafiz Saeed Khan");
    chromium.screenshot("04-timeline");
    List<WebElement> items = page.findElements(Pages.byTestId("timeline-item"));
    assertThat(items).isNotEmpty();
    assertThat(items.stream().map(item -> item.getDomAttribute("data-event-id")))
        .contains(twoSourceEventId());
  }

  /** Asks the timeline page for {@code name} through its form; returns the page once ready. */
  private WebElement timeline(WebElement page, String name) {
    WebElement query = page.findElement(Pages.byTestId("timeline-query"));
    query.clear();
    query.sendKeys(name);
    page.findElement(Pages.byTestId("timeline-go")).click();
    WebElement next = Pages.next(driver, "timeline", page);
    assertThat(driver.getCurrentUrl())
        .contains("q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
    return next;
  }

  @Test
  @Order(4)
  void map_draws_countries_afghan_provinces_and_event_points() throws Exception {
    Pages.open(driver, server.url(), "#/events", "events");
    driver.findElement(Pages.byTestId("nav-map")).click();
    WebElement page = Pages.ready(driver, "map");
    chromium.screenshot("05-map");
    WebElement svg = page.findElement(By.cssSelector("svg" + Pages.testId("map-svg")));
    // The map fits the events' box, so it draws only the countries around them.
    assertThat(svg.findElements(By.cssSelector("path.atlas-country[data-iso2='AF']"))).hasSize(1);
    assertThat(svg.findElements(By.cssSelector("path.atlas-province[data-iso2='AF']")))
        .as("Afghanistan's provinces")
        .hasSizeGreaterThan(10);
    assertThat(svg.findElements(By.cssSelector("a circle.atlas-point"))).isNotEmpty();
  }

  @Test
  @Order(5)
  void contradictions_show_a_disagreement_and_a_contested_relation() throws Exception {
    Pages.open(driver, server.url(), "#/events", "events");
    driver.findElement(Pages.byTestId("nav-contradictions")).click();
    WebElement page = Pages.ready(driver, "contradictions");
    chromium.screenshot("06-contradictions");
    assertThat(
            page.findElements(Pages.byTestId("contradiction")).stream()
                .map(c -> c.getDomAttribute("data-verdict")))
        .contains("disagree", "contested");
  }

  @Test
  @Order(6)
  void actor_page_of_isis_k_lists_its_aliases_and_leaders() throws Exception {
    WebElement page = Pages.open(driver, server.url(), "#/actors?q=ISIS-K", "actor");
    chromium.screenshot("07-actor");
    assertThat(page.findElement(Pages.byTestId("actor-name")).getText())
        .isEqualTo("Islamic State Khorasan Province");
    assertThat(
            page
                .findElement(Pages.byTestId("actor-aliases"))
                .findElements(By.tagName("li"))
                .stream()
                .map(WebElement::getText))
        .contains("ISIS-K");
    List<WebElement> roles =
        page.findElement(Pages.byTestId("actor-roles")).findElements(Pages.byTestId("actor-role"));
    assertThat(roles.stream().map(WebElement::getText))
        .anySatisfy(row -> assertThat(row).contains("Hafiz Saeed Khan").contains("leader"));
  }

  @Test
  @Order(7)
  void paste_page_extracts_an_invented_report_and_highlights_it() throws Exception {
    Pages.open(driver, server.url(), "#/events", "events");
    driver.findElement(Pages.byTestId("nav-paste")).click();
    WebElement page = Pages.ready(driver, "paste");
    page.findElement(Pages.byTestId("paste-text"))
        .sendKeys(
            "KABUL, March 4, 2024 - Gunmen of the Taliban attacked a police checkpoint in"
                + " Jalalabad, in eastern Afghanistan, on Monday, killing three officers, the"
                + " provincial governor said."
                + " \"We will not be intimidated,\" the governor told reporters.");
    page.findElement(Pages.byTestId("paste-title")).sendKeys("Invented checkpoint attack");
    page.findElement(Pages.byTestId("paste-published")).sendKeys("2024-03-04");
    page.findElement(Pages.byTestId("paste-extract")).click();
    WebElement result = page.findElement(Pages.byTestId("paste-result"));
    new WebDriverWait(driver, Duration.ofMinutes(3), Duration.ofMillis(100))
        .until(
            d ->
                !result.findElements(By.cssSelector("mark.hl")).isEmpty()
                    || "error".equals(page.getDomAttribute("data-state")));
    Pages.ready(driver, "paste");
    chromium.screenshot("08-paste");
    // A piece of text under two highlights (a country is an entity and a place) carries both
    // classes but names only one kind in data-kind, so the kinds are counted by class.
    for (String kind : List.of("entity", "place", "time")) {
      assertThat(result.findElements(By.cssSelector("mark.hl.hl-" + kind)))
          .as("%s highlights in the extracted text", kind)
          .isNotEmpty();
    }
  }

  /** The ids of the events the API answers {@code path} with, in its order. */
  private List<String> eventIds(String path) throws Exception {
    HttpResponse<String> answer = server.get(path);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    JSON.readTree(answer.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }

  /** The id of the ASSAULT event whose victim is Hafiz Saeed Khan and that two sources report. */
  private String twoSourceEventId() throws Exception {
    HttpResponse<String> answer = server.get("/api/events?minSources=2&limit=500");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    for (JsonNode item : JSON.readTree(answer.body()).path("items")) {
      JsonNode merged = item.path("merged");
      boolean victim = false;
      for (JsonNode participant : merged.path("participants")) {
        victim |= TWO_SOURCE_VICTIM.equals(participant.path("actor_id").asText());
      }
      if (victim
          && merged.path("type").asText().equals("ASSAULT")
          && merged.path("sources").asInt() == 2) {
        return item.path("id").asText();
      }
    }
    throw new AssertionError(
        "no two-source ASSAULT event on " + TWO_SOURCE_VICTIM + ": " + answer.body());
  }
}
