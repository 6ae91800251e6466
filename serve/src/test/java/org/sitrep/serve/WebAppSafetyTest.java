package org.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web app's source never hands a string to an HTML parser or to a script evaluator: article
 * text reaches the page only as text. The Content-Security-Policy is the second line; this is the
 * first.
 */
class WebAppSafetyTest {
  static final Path WEB = Path.of("src/main/resources/org/sitrep/serve/web");
  static final Path ATLAS_SCRIPT = Path.of("../atlas/src/main/resources/org/sitrep/atlas/atlas.js");

  /** Sinks that parse HTML or run code from a string. */
  static final Pattern SINKS =
      Pattern.compile(
          "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\("
              + "|new\\s+Function\\s*\\(|setTimeout\\s*\\(\\s*['\"`]|createContextualFragment"
              + "|DOMParser|srcdoc|setAttribute\\s*\\(\\s*['\"](?:on\\w+|style)['\"]");

  @Test
  void no_script_uses_an_html_or_code_sink() throws IOException {
    List<String> found = new ArrayList<>();
    List<Path> scripts = new ArrayList<>(files(".js"));
    scripts.add(ATLAS_SCRIPT);
    assertThat(scripts).hasSizeGreaterThan(5);
    for (Path script : scripts) {
      String[] lines = Files.readString(script, StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        Matcher sink = SINKS.matcher(lines[i]);
        if (sink.find()) {
          found.add(script.getFileName() + ":" + (i + 1) + ": " + sink.group());
        }
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void the_page_has_no_inline_script_style_or_handler() throws IOException {
    String html = Files.readString(WEB.resolve("index.html"), StandardCharsets.UTF_8);
    assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html).find())
        .as("inline script")
        .isFalse();
    assertThat(html).doesNotContain("<style").doesNotContain(" style=");
    assertThat(Pattern.compile("\\son[a-z]+\\s*=").matcher(html).find())
        .as("event-handler attribute")
        .isFalse();
    assertThat(html).doesNotContainPattern("(?i)(src|href)=\"(https?:)?//");
  }

  @Test
  void links_are_literal_routes_encoded_routes_or_checked_web_addresses() throws IOException {
    // An href is a literal '#/…' route, a value built by route() (which encodes what comes from
    // data), or set inside dom.js, whose externalLink keeps only http: and https: addresses.
    Pattern href = Pattern.compile("\\bhref\\s*(?::|=(?!=))\\s*([^,}\\n]*)");
    Pattern safe = Pattern.compile("'#/[\\w/-]*'|route\\(.*");
    List<String> unchecked = new ArrayList<>();
    for (Path script : files(".js")) {
      if (script.getFileName().toString().equals("dom.js")) {
        continue;
      }
      String source = Files.readString(script, StandardCharsets.UTF_8);
      Matcher link = href.matcher(source);
      while (link.find()) {
        if (!safe.matcher(link.group(1).strip()).matches()) {
          unchecked.add(script.getFileName() + ": href " + link.group(1).strip());
        }
      }
    }
    assertThat(unchecked).isEmpty();
    String dom = Files.readString(WEB.resolve("dom.js"), StandardCharsets.UTF_8);
    assertThat(dom).contains("export function safeUrl(").contains("https?:");
  }

  static List<Path> files(String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(WEB)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
