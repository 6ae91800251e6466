package org.sitrep.eval.attribution;

import java.util.Objects;

/**
 * What the pair scores compare: an attribution's source (null when it has none, or when the score
 * ignores the speaker) and its content.
 */
record AttributionUnit(FragmentedSpan source, FragmentedSpan content) {
  AttributionUnit {
    Objects.requireNonNull(content, "content");
  }

  static AttributionUnit of(GoldAttribution gold, boolean withSource) {
    return new AttributionUnit(withSource ? gold.source() : null, gold.content());
  }

  static AttributionUnit of(PredictedAttribution predicted, boolean withSource) {
    return new AttributionUnit(
        withSource && predicted.source() != null ? FragmentedSpan.of(predicted.source()) : null,
        FragmentedSpan.of(predicted.content()));
  }

  /**
   * How well {@code predicted} matches {@code gold}: 0 unless the contents match and the sources
   * match or are both absent; else the sum of the two match weights.
   */
  static int weight(
      String text, SpanMatcher matcher, AttributionUnit gold, AttributionUnit predicted) {
    int content = matcher.score(text, gold.content(), predicted.content());
    if (content == 0) {
      return 0;
    }
    if (gold.source() == null || predicted.source() == null) {
      return gold.source() == predicted.source() ? content : 0;
    }
    int source = matcher.score(text, gold.source(), predicted.source());
    return source == 0 ? 0 : content + source;
  }
}
