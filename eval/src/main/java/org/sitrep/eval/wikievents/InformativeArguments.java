package org.sitrep.eval.wikievents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs an argument of {@code dev.jsonl} with the same argument in {@code dev_info.jsonl}, whose
 * entity mention is the most informative one of the same entity.
 *
 * <p>The rule, within one event: the informative argument with the same role and the same entity
 * id, if any; else, when both files list that role equally often, the one at the same position
 * among the arguments of that role; else none.
 */
final class InformativeArguments {
  private InformativeArguments() {}

  /**
   * The entity id of the informative counterpart of {@code arguments[index]}, or null when there is
   * none.
   */
  static String counterpart(List<JsonNode> arguments, List<JsonNode> informative, int index) {
    String role = arguments.get(index).path("role").asText();
    String entity = arguments.get(index).path("entity_id").asText();
    List<String> infoOfRole = entities(informative, role);
    if (infoOfRole.contains(entity)) {
      return entity;
    }
    List<String> ofRole = entities(arguments, role);
    if (ofRole.size() != infoOfRole.size()) {
      return null;
    }
    int position = 0;
    for (int i = 0; i < index; i++) {
      position += arguments.get(i).path("role").asText().equals(role) ? 1 : 0;
    }
    return infoOfRole.get(position);
  }

  private static List<String> entities(List<JsonNode> arguments, String role) {
    List<String> entities = new ArrayList<>();
    for (JsonNode argument : arguments) {
      if (argument.path("role").asText().equals(role)) {
        entities.add(argument.path("entity_id").asText());
      }
    }
    return entities;
  }
}
