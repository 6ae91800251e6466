package org.sitrep.serve.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Extraction;
import org.sitrep.model.Speaker;
import org.sitrep.model.TextSpan;
import org.sitrep.store.json.ExtractionJson;

/**
 * An article written to break the web app: markup that would run script if it were ever parsed as
 * HTML, markup inside a quote, terminal and bidirectional control characters, and 5 MB of text. The
 * API must refuse it as an article (too long to extract) and store it as a ready-made extraction;
 * the browser must then show every character of it as text and run none of it.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileArticleInBrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>window.__pwned=1</script>";
  private static final String IMAGE = "<img src=x onerror=\"window.__pwned=2\">";
  private static final String QUOTE = "<b>we will strike</b>";
  private static final String SPEAKER = "<i>the commander</i>";
  private static final String TITLE = "<img src=x onerror=\"window.__pwned=3\">Hostile report";
  private static final int TARGET_CHARS = 5_000_000;

  private LedgerServer server;
  private Chromium chromium;
  private String text;

  @BeforeAll
  void start() throws Exception {
    server = LedgerServer.empty();
    chromium = Chromium.launch();
    text = hostileText();
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

  /** An invented report: every word here was written for this test. */
  private static String hostileText() {
    StringBuilder text =
        new StringBuilder()
            .append("VELTMAR, 3 March 2024 - Gunmen of the invented Ashen Brigade ")
            .append(SCRIPT)
            .append(" attacked a checkpoint outside the fictional town of Veltmar on Sunday.\n")
            .append("A poster left at the scene read ")
            .append(IMAGE)
            .append(" in red paint.\n\"")
            .append(QUOTE)
            .append("\", said ")
            .append(SPEAKER)
            .append(" of the brigade in a recorded message.\n")
            .append("Bell\u0007 escape\u001b[31m red\u001b[0m and an override \u202eatsiv\u202c")
            .append(" in the wire copy.\n\n");
    String[] padding = {
      "Residents of Veltmar said the checkpoint had been quiet for weeks before the attack. ",
      "A district official, who would not give a name, told us two guards were wounded. ",
      "The Ashen Brigade is an invented group that exists only in this test. ",
      "Traffic on the valley road resumed in the afternoon, witnesses said.\n"
    };
    for (int i = 0; text.length() < TARGET_CHARS; i++) {
      text.append(padding[i % padding.length]);
    }
    return text.toString();
  }

  @Test
  void writes_without_a_token_are_refused_with_401_and_with_a_wrong_token_with_403()
      throws Exception {
    String article = "{\"text\":\"A short invented report about Veltmar.\"}";
    for (String path : List.of("/api/articles", "/api/extractions")) {
      HttpResponse<String> none = server.post(path, article, null);
      HttpResponse<String> wrong = server.post(path, article, "Bearer not-the-token-at-all");
      assertThat(none.statusCode()).as("POST %s without a token", path).isEqualTo(401);
      assertThat(none.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(wrong.statusCode()).as("POST %s with a wrong token", path).isEqualTo(403);
    }
  }

  @Test
  void a_five_megabyte_article_is_rejected_as_too_long_not_extracted() throws Exception {
    ObjectNode article = JSON.createObjectNode();
    article.put("id", "hostile-raw");
    article.put("title", TITLE);
    article.put("published", "2024-03-03");
    article.put("text", text);

    HttpResponse<String> answer =
        server.post("/api/articles", JSON.writeValueAsString(article), bearer());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode report = JSON.readTree(answer.body());
    assertThat(report.path("received").asInt()).isEqualTo(1);
    assertThat(report.path("rejected").asInt()).isEqualTo(1);
    JsonNode result = report.path("results").path(0);
    assertThat(result.path("status").asText()).isEqualTo("rejected");
    assertThat(result.path("detail").asText())
        .startsWith("too_long")
        .contains("200000")
        .contains("maxChars");
  }

  @Test
  void the_stored_hostile_article_shows_every_character_as_text_and_runs_nothing()
      throws Exception {
    String id = storeHostileExtraction();
    ChromeDriver driver = chromium.driver();
    chromium.consoleErrors();

    long started = System.nanoTime();
    driver.get(server.url() + "/#/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
    WebElement page = Pages.ready(driver, "article");
    long millis = (System.nanoTime() - started) / 1_000_000;
    chromium.screenshot("09-hostile-article");
    System.out.printf(
        "HostileArticleInBrowserTest: the %,d-char article page was ready in %,d ms%n",
        text.length(), millis);

    assertThat(millis).as("ms until the 5 MB article page is ready").isLessThan(30_000);
    assertThat(driver.executeScript("return typeof window.__pwned;")).isEqualTo("undefined");
    WebElement body = page.findElement(Pages.byTestId("article-text"));
    // The app itself makes none of these elements, so any of them came from the article.
    assertThat(page.findElements(By.cssSelector("script, img, b, i, iframe, object, embed")))
        .as("elements made from the article's markup (text, title and side lists)")
        .isEmpty();
    assertThat(page.findElement(Pages.byTestId("article-claims")).getText())
        .contains(SPEAKER)
        .contains(QUOTE);
    assertThat(driver.findElements(By.cssSelector("img[src='x'], img[onerror]"))).isEmpty();
    assertThat(page.findElement(Pages.byTestId("article-title")).getText()).isEqualTo(TITLE);
    assertThat(shownChars(driver, body)).isEqualTo(text.length());
    for (String markup : List.of(SCRIPT, IMAGE, QUOTE, SPEAKER)) {
      assertThat(visibleBox(driver, body, markup)).as("on-screen box of %s", markup).isTrue();
    }
    assertThat(marks(body, "entity")).contains(SCRIPT);
    assertThat(marks(body, "quote")).contains(QUOTE);
    assertThat(chromium.consoleErrors()).as("browser console errors").isEmpty();
  }

  /** Posts the hand-made extraction of the hostile text; returns the ledger's article id. */
  private String storeHostileExtraction() throws Exception {
    HttpResponse<String> answer =
        server.post("/api/extractions", ExtractionJson.write(hostileExtraction()), bearer());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode result = JSON.readTree(answer.body()).path("results").path(0);
    assertThat(result.path("status").asText()).as(answer.body()).isNotEqualTo("rejected");
    return result.path("id").asText();
  }

  /** One entity mention over the script tag; the quote's words as a direct claim. */
  private Extraction hostileExtraction() {
    Article article =
        Article.fromMetadata("hostile-5mb", TITLE, text, LocalDate.of(2024, 3, 3), "e2e-test");
    Entity brigade =
        new Entity(
            "E1",
            EntityKind.GROUP,
            "Ashen Brigade",
            null,
            "rebel group",
            null,
            null,
            null,
            List.of(),
            List.of(span("Ashen Brigade"), span(SCRIPT)));
    TextSpan speaker = span(SPEAKER);
    Claim claim =
        new Claim(
            "C1",
            new Speaker(SPEAKER, "E1", null, speaker.start(), speaker.end(), speaker.text()),
            span("said"),
            span(QUOTE),
            true,
            "warn",
            null,
            List.of(),
            List.of());
    return new Extraction(
        article,
        List.of(brigade),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(claim),
        null);
  }

  private TextSpan span(String words) {
    int start = text.indexOf(words);
    assertThat(start).as("offset of %s", words).isNotNegative();
    return TextSpan.of(text, start, start + words.length());
  }

  private static String bearer() {
    return "Bearer " + LedgerServer.TOKEN;
  }

  private static int shownChars(WebDriver driver, WebElement body) {
    Object length =
        ((JavascriptExecutor) driver)
            .executeScript("return arguments[0].textContent.length;", body);
    return ((Number) length).intValue();
  }

  /**
   * Whether {@code words} lie in the text nodes of {@code body} (across highlight marks) and take
   * up room on the page: laid out as text, not hidden or parsed.
   */
  private static boolean visibleBox(WebDriver driver, WebElement body, String words) {
    String script =
        "const root = arguments[0], words = arguments[1];"
            + "const all = root.textContent; const at = all.indexOf(words);"
            + "if (at < 0) return false;"
            + "const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);"
            + "const range = document.createRange(); let seen = 0, started = false;"
            + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
            + "  const len = n.data.length;"
            + "  if (!started && at < seen + len) { range.setStart(n, at - seen); started = true; }"
            + "  if (started && at + words.length <= seen + len) {"
            + "    range.setEnd(n, at + words.length - seen); break; }"
            + "  seen += len; }"
            + "const box = range.getBoundingClientRect();"
            + "return box.width > 0 && box.height > 0 && range.toString() === words;";
    return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script, body, words));
  }

  /** The texts of the highlight marks of {@code kind} in the first part of the text. */
  private static List<String> marks(WebElement body, String kind) {
    return body.findElements(By.cssSelector("mark[data-kind='" + kind + "']")).stream()
        .map(mark -> mark.getDomProperty("textContent"))
        .toList();
  }
}
