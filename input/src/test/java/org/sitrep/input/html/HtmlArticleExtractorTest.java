package org.sitrep.input.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  private final HtmlArticleExtractor extractor = HtmlArticleExtractor.load();

  private static final String PAGE =
      """
      <html><head>
        <title>Bridge closed | Valley Courier</title>
        <meta property="og:title" content="Bridge closed after flood">
        <meta property="og:site_name" content="Valley Courier">
        <meta property="og:url" content="https://courier.example/og">
        <link rel="canonical" href="https://courier.example/bridge">
        <meta property="article:published_time" content="2022-04-05T08:15:00+02:00">
        <script>var tracking = "the script text must not appear";</script>
        <style>p { color: red }</style>
      </head><body>
        <header><p>Valley Courier - news for the valley and beyond</p></header>
        <nav><p>Home | Politics | Sport</p></nav>
        <div class="cookie-banner"><p>We use cookies to improve the site you are visiting.</p></div>
        <article class="story">
          <h1>Bridge closed after flood</h1>
          <figure><img src="x.jpg"><figcaption>The bridge on Monday.</figcaption></figure>
          <p>The river bridge was closed on Monday after flood water damaged one of its piers.</p>
          <p>Engineers said the repairs would take at least two weeks.</p>
          <div class="share-tools"><p>Share this story on social media</p></div>
          <aside><p>Related: Storm hits the coast</p></aside>
        </article>
        <section id="comments"><p>Reader comment: what a mess this all is.</p></section>
        <footer><p>Copyright Valley Courier, all rights reserved.</p></footer>
      </body></html>
      """;

  @Test
  void takes_the_article_paragraphs_without_boilerplate() {
    HtmlArticle page = extractor.extract(PAGE);
    assertThat(page.text())
        .isEqualTo(
            "The river bridge was closed on Monday after flood water damaged one of its piers."
                + "\n\nEngineers said the repairs would take at least two weeks.");
  }

  @Test
  void reads_the_metadata() {
    HtmlArticle page = extractor.extract(PAGE);
    assertThat(page.title()).isEqualTo("Bridge closed after flood");
    assertThat(page.source()).isEqualTo("Valley Courier");
    assertThat(page.url()).isEqualTo("https://courier.example/bridge");
    assertThat(page.publishedValues()).containsExactly("2022-04-05T08:15:00+02:00");
  }

  @Test
  void without_an_article_element_takes_the_block_with_the_most_paragraph_text() {
    String html =
        """
        <html><head><title>Market fire</title></head><body>
          <div class="menu"><p>Home</p><p>About</p></div>
          <div class="content">
            <p>A fire destroyed six stalls at the central market overnight.</p>
            <p>Traders said they had lost all their stock.</p>
          </div>
          <p>Short footer note.</p>
          <time datetime="2021-11-30">30 November</time>
        </body></html>
        """;
    HtmlArticle page = extractor.extract(html);
    assertThat(page.title()).isEqualTo("Market fire");
    assertThat(page.text())
        .isEqualTo(
            "A fire destroyed six stalls at the central market overnight."
                + "\n\nTraders said they had lost all their stock.");
    assertThat(page.publishedValues()).containsExactly("2021-11-30");
  }

  @Test
  void falls_back_to_the_first_heading_for_the_title() {
    HtmlArticle page = extractor.extract("<body><h1>Heading only</h1><p>Body.</p></body>");
    assertThat(page.title()).isEqualTo("Heading only");
  }
}
