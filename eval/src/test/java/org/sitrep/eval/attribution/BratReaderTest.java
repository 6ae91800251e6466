package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Span;

class BratReaderTest {
  // Invented for these tests.
  private static final String TEXT =
      "The ferry will run on Sundays, the port office said on Tuesday.";

  private static String ann(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  @Test
  void reads_an_attribution_with_its_three_roles() {
    BratAnnotations read =
        BratReader.read(
            "a.ann",
            TEXT,
            ann(
                "T1\tContent 0 29\tThe ferry will run on Sundays",
                "T2\tSource 31 46\tthe port office",
                "T3\tCue 47 51\tsaid",
                "T4\tAttribution 47 51\tsaid",
                "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1"));

    assertThat(read.attributions())
        .containsExactly(
            new GoldAttribution(
                "E1",
                FragmentedSpan.of(new Span(31, 46)),
                FragmentedSpan.of(new Span(47, 51)),
                FragmentedSpan.of(new Span(0, 29))));
    assertThat(read.spans()).isEqualTo(4);
    assertThat(read.mismatches()).isZero();
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void keeps_the_fragments_of_a_discontinuous_span_written_in_any_order() {
    BratAnnotations read =
        BratReader.read(
            "a.ann",
            TEXT,
            ann(
                "T1\tContent 52 62;0 9\ton Tuesday The ferry",
                "T2\tCue 47 51\tsaid",
                "E1\tAttribution-no-source:T2 Cue:T2 Content:T1"));

    GoldAttribution attribution = read.attributions().get(0);
    assertThat(attribution.content().fragments()).containsExactly(new Span(0, 9), new Span(52, 62));
    assertThat(attribution.source()).isNull();
    assertThat(read.mismatches()).isZero();
  }

  @Test
  void joins_a_repeated_role_and_keeps_a_relation_with_roles_missing() {
    BratAnnotations read =
        BratReader.read(
            "a.ann",
            TEXT,
            ann(
                "T1\tContent 0 9\tThe ferry",
                "T2\tContent 10 29\twill run on Sundays",
                "T3\tCue 47 51\tsaid",
                "T4\tAttribution-no-source 47 51\tsaid",
                "E1\tAttribution:T4 Cue:T3 Content:T1 Content2:T2",
                "E2\tAttribution-no-source:T4 "));

    assertThat(read.attributions()).hasSize(2);
    assertThat(read.attributions().get(0).content().fragments())
        .containsExactly(new Span(0, 9), new Span(10, 29));
    assertThat(read.attributions().get(1)).isEqualTo(new GoldAttribution("E2", null, null, null));
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void ignores_discuss_and_discard_and_counts_a_text_that_is_not_its_slice() {
    BratAnnotations read =
        BratReader.read(
            "a.ann",
            TEXT,
            ann(
                "T1\tDiscuss 0 9\tThe ferry",
                "T2\tDiscard 10 14\twill",
                "T3\tCue 47 51\tsays",
                "E1\tAttribution-no-source:T3 Cue:T3 Content:T9"));

    assertThat(read.mismatches()).isEqualTo(1);
    assertThat(read.problems())
        .anySatisfy(p -> assertThat(p).contains("T3", "says"))
        .anySatisfy(p -> assertThat(p).contains("E1", "Content:T9"));
    assertThat(read.attributions()).hasSize(1);
  }

  @Test
  void turns_code_point_offsets_into_char_offsets_after_an_astral_character() {
    String text = "\uD83D\uDEA2 The ferry runs, an official said.";
    // brat counts the ship emoji as one character: "official" starts at code point 21.
    BratAnnotations read =
        BratReader.read(
            "a.ann",
            text,
            ann(
                "T1\tSource 18 29\tan official",
                "T2\tCue 30 34\tsaid",
                "T3\tContent 2 16\tThe ferry runs",
                "E1\tAttribution:T2 Cue:T2 Source:T1 Content:T3"));

    assertThat(read.codePoints()).isTrue();
    assertThat(read.mismatches()).isZero();
    assertThat(read.attributions().get(0).source().text(text)).isEqualTo("an official");
  }

  @Test
  void reports_offsets_outside_the_text() {
    BratAnnotations read = BratReader.read("a.ann", TEXT, ann("T1\tCue 60 90\tsaid"));
    assertThat(read.problems()).singleElement().asString().contains("bad offsets");
    assertThat(List.copyOf(read.attributions())).isEmpty();
  }
}
