package org.sitrep.input.html;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes the main text and metadata out of a news web page.
 *
 * <p>Boilerplate (scripts, navigation, headers, footers, side boxes, forms, captions, "related",
 * "share", comment and cookie boxes) is dropped by tag and by class/id keyword (a word of the class
 * or id that is the keyword or its plural), as listed in {@code boilerplate.tsv}. The main text is
 * the {@code <article>} with the most paragraph text, else the element whose child paragraphs hold
 * the most text; its paragraphs, sub-headings, list items and quotes are joined with a blank line.
 *
 * <p>Immutable and thread-safe; build once and share.
 */
public final class HtmlArticleExtractor {
  private static final String RESOURCE = "boilerplate.tsv";
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
  private static final Set<String> KEPT = Set.of("body", "main", "article", "html");
  private static final List<String> PUBLISHED_META =
      List.of(
          "meta[property=article:published_time], meta[name=article:published_time]",
          "meta[property=og:published_time], meta[name=og:published_time]",
          "meta[name=date], meta[property=date]",
          "meta[name=pubdate], meta[property=pubdate]");

  private final Set<String> droppedTags;
  private final Set<String> keywords;

  private HtmlArticleExtractor(Set<String> droppedTags, Set<String> keywords) {
    this.droppedTags = Set.copyOf(droppedTags);
    this.keywords = Set.copyOf(keywords);
  }

  /** The extractor with the bundled boilerplate list. */
  public static HtmlArticleExtractor load() {
    Set<String> tags = new HashSet<>();
    Set<String> keywords = new HashSet<>();
    try (InputStream in = HtmlArticleExtractor.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        switch (cols[0]) {
          case "tag" -> tags.add(cols[1]);
          case "keyword" -> keywords.add(cols[1]);
          default ->
              throw new IllegalStateException(
                  RESOURCE + ": kind must be tag or keyword, got \"" + cols[0] + "\" in: " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
    }
    return new HtmlArticleExtractor(tags, keywords);
  }

  /** Reads the page {@code html}. */
  public HtmlArticle extract(String html) {
    Document doc = Jsoup.parse(html);
    String title =
        firstNonBlank(
            doc.select("meta[property=og:title]").attr("content"), doc.title(), firstHeading(doc));
    String url =
        firstNonBlank(
            doc.select("link[rel=canonical]").attr("href"),
            doc.select("meta[property=og:url]").attr("content"));
    String source = firstNonBlank(doc.select("meta[property=og:site_name]").attr("content"));
    List<String> published = publishedValues(doc);
    dropBoilerplate(doc.body());
    return new HtmlArticle(title, mainText(doc.body()), published, url, source);
  }

  private static List<String> publishedValues(Document doc) {
    List<String> values = new ArrayList<>();
    for (String selector : PUBLISHED_META) {
      for (Element meta : doc.select(selector)) {
        addIfPresent(values, meta.attr("content"));
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      addIfPresent(values, time.attr("datetime"));
    }
    return values;
  }

  private static void addIfPresent(List<String> values, String value) {
    if (!value.isBlank()) {
      values.add(value.strip());
    }
  }

  private void dropBoilerplate(Element body) {
    for (Element e : body.select(String.join(", ", droppedTags))) {
      e.remove();
    }
    for (Element e : body.select("[class], [id]")) {
      if (!KEPT.contains(e.normalName()) && isBoilerplate(e) && e.parent() != null) {
        e.remove();
      }
    }
  }

  private boolean isBoilerplate(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    for (String word : names.split("[^a-z0-9]+")) {
      if (keywords.contains(word)
          || word.endsWith("s") && keywords.contains(word.substring(0, word.length() - 1))) {
        return true;
      }
    }
    return false;
  }

  private static String mainText(Element body) {
    Element container = container(body);
    List<String> paragraphs = new ArrayList<>();
    for (Element block : outermost(container.select(BLOCKS))) {
      String text = block.text().strip();
      if (!text.isEmpty()) {
        paragraphs.add(text);
      }
    }
    if (paragraphs.isEmpty()) {
      return container.text().strip();
    }
    return String.join("\n\n", paragraphs);
  }

  // The <article> with the most paragraph text; else the parent of the most paragraph text.
  private static Element container(Element body) {
    Elements articles = body.select("article");
    if (!articles.isEmpty()) {
      return Collections.max(articles, (a, b) -> Integer.compare(pText(a), pText(b)));
    }
    Map<Element, Integer> byParent = new IdentityHashMap<>();
    for (Element p : body.select("p")) {
      Element parent = p.parent() == null ? body : p.parent();
      byParent.merge(parent, p.text().length(), Integer::sum);
    }
    return byParent.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(body);
  }

  private static int pText(Element e) {
    return e.select("p").text().length();
  }

  // Blocks not inside another block, so that an <li><p> is not read twice.
  private static List<Element> outermost(Elements blocks) {
    Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(blocks);
    List<Element> outer = new ArrayList<>();
    for (Element block : blocks) {
      boolean nested = false;
      for (Element parent = block.parent(); parent != null; parent = parent.parent()) {
        if (all.contains(parent)) {
          nested = true;
          break;
        }
      }
      if (!nested) {
        outer.add(block);
      }
    }
    return outer;
  }

  private static String firstHeading(Document doc) {
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : h1.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
