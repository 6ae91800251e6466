package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Checks, on an output line, that every {start, end, text} object's text is exactly its slice. */
final class SpanInvariants {
  private SpanInvariants() {}

  /** Returns how many spans were checked. */
  static int check(JsonNode line) {
    String text = line.at("/article/text").asText();
    return walk(line, text, "");
  }

  private static int walk(JsonNode node, String text, String path) {
    int checked = 0;
    if (node.isObject()) {
      if (node.has("start")
          && node.has("end")
          && node.get("start").isInt()
          && node.get("end").isInt()) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        assertThat(start).as(path + " start").isBetween(0, end);
        assertThat(end).as(path + " end").isLessThanOrEqualTo(text.length());
        if (node.has("text") && node.get("text").isTextual()) {
          assertThat(node.get("text").asText())
              .as(path + " text")
              .isEqualTo(text.substring(start, end));
        }
        checked++;
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!field.getKey().equals("article")) {
          checked += walk(field.getValue(), text, path + "/" + field.getKey());
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checked += walk(node.get(i), text, path + "/" + i);
      }
    }
    return checked;
  }
}
