package org.sitrep.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns JSON trees into plain Java values for {@code Article.extra}. Stateless. */
final class PlainJson {
  private PlainJson() {}

  /**
   * A String, Number, Boolean, List or Map for {@code node}; null for JSON null.
   *
   * <p>Design decision: object members whose value is JSON null are dropped (Article.extra holds no
   * nulls, and "absent" and "null" mean the same to sitrep); a null inside an array is kept as null
   * so that positions stay meaningful.
   */
  static Object toJava(JsonNode node) {
    if (node.isObject()) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        Object value = toJava(field.getValue());
        if (value != null) {
          map.put(field.getKey(), value);
        }
      }
      return Collections.unmodifiableMap(map);
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      for (JsonNode element : node) {
        list.add(toJava(element));
      }
      return Collections.unmodifiableList(list);
    }
    if (node.isNumber()) {
      return node.numberValue();
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isNull() || node.isMissingNode()) {
      return null;
    }
    return node.asText();
  }

  /** What kind of JSON value {@code node} is, for messages: "an array", "a number". */
  static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case STRING -> "a string";
      default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }
}
