package org.sitrep.extract.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
  @Test
  void finds_curly_and_straight_quotes() {
    String text = "“One,” she said. He replied: \"Two.\"";
    List<Quote> quotes = QuoteFinder.find(text);

    assertThat(quotes).extracting(q -> q.inner().slice(text)).containsExactly("One,", "Two.");
    assertThat(quotes).allMatch(Quote::closed);
  }

  @Test
  void ends_an_unclosed_quote_at_its_paragraph() {
    String text = "“We stayed until the end.\n\nThe next day, the road was closed.";
    List<Quote> quotes = QuoteFinder.find(text);

    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).closed()).isFalse();
    assertThat(quotes.get(0).inner().slice(text)).isEqualTo("We stayed until the end.");
  }

  @Test
  void ignores_a_stray_closing_mark() {
    assertThat(QuoteFinder.find("The end.” Then nothing.")).isEmpty();
  }
}
