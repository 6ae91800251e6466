package org.sitrep.input.html;

import java.util.List;
import java.util.Objects;

/**
 * What an HTML page yields: its main text and the metadata it declares.
 *
 * @param title from {@code og:title}, {@code <title>} or the first {@code <h1>}; null when none
 * @param text the main text, paragraphs joined by a blank line; may be empty
 * @param publishedValues raw publication date values, in order of trust (meta tags, then {@code
 *     <time datetime>}); the caller takes the first that parses
 * @param url the canonical link or {@code og:url}; null when none
 * @param source {@code og:site_name}; null when none
 */
public record HtmlArticle(
    String title, String text, List<String> publishedValues, String url, String source) {
  public HtmlArticle {
    Objects.requireNonNull(text, "text");
    publishedValues = List.copyOf(publishedValues);
  }
}
