package org.sitrep.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("model")
class CoreNlpQuotesTest {
  // Invented for this test.
  private static final String TEXT =
      "Ferry Service Cut\n\n"
          + "The harbour master of Eastport, Ruth Amble, spoke on Monday.\n\n"
          + "\u201cThe boats will stop in May,\u201d said Ruth Amble. \"Nobody wants that.\"";

  @Test
  void finds_the_quotes_and_the_mention_of_their_speaker() {
    List<CoreNlpQuote> quotes = CoreNlpQuotes.shared().quotes(TEXT, LocalDate.of(2021, 3, 1));

    assertThat(quotes)
        .extracting(q -> q.quote().slice(TEXT))
        .containsExactly("\u201cThe boats will stop in May,\u201d", "\"Nobody wants that.\"");
    CoreNlpQuote first = quotes.get(0);
    assertThat(first.mention()).isNotNull();
    assertThat(first.mention().slice(TEXT)).isEqualTo("Ruth Amble");
    assertThat(first.speaker()).isEqualTo("Ruth Amble");
  }
}
