package org.sitrep.eval.timex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/** Parses detail lines in tests. */
final class TempEvalDetailsTestSupport {
  private TempEvalDetailsTestSupport() {}

  static JsonNode json(String line) {
    try {
      return TempEvalFixtures.JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + line, e);
    }
  }
}
