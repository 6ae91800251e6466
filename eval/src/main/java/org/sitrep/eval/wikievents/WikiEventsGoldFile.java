package org.sitrep.eval.wikievents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.TextSpan;

/**
 * Reads the WikiEvents dev set (Li et al. 2021): {@code dev.jsonl} (documents with token-indexed
 * entity and event mentions) and {@code dev_info.jsonl} (the same documents whose arguments point
 * at the most informative mention of each argument's entity: a name rather than a pronoun or a
 * nominal).
 *
 * <p>Gold arguments are {@code dev.jsonl}'s. The set ships no coreference chains, so the only
 * coreferent mention an argument gets is its {@code dev_info.jsonl} counterpart, paired within the
 * same event and role: by equal entity id, else by position when both files list that role equally
 * often in that event (dev_info drops arguments that have no informative mention, so otherwise the
 * pairing would be a guess and is left out).
 */
public final class WikiEventsGoldFile {
  /** The documents and gold events. */
  public static final String DEV = "dev.jsonl";

  /** The same with informative argument mentions. */
  public static final String DEV_INFO = "dev_info.jsonl";

  /** The KAIROS event types with their roles. */
  public static final String ONTOLOGY = "event_role_KAIROS.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WikiEventsGoldFile() {}

  /**
   * Every document of {@code dir}, in file order.
   *
   * @throws IllegalArgumentException when a line is malformed, the two files disagree, or the
   *     tokens do not align with the text, naming the file, line and field
   */
  public static List<WikiDocument> read(Path dir) throws IOException {
    List<String> dev = nonBlank(dir.resolve(DEV));
    List<String> info = nonBlank(dir.resolve(DEV_INFO));
    if (dev.size() != info.size()) {
      throw new IllegalArgumentException(
          DEV + " has " + dev.size() + " documents but " + DEV_INFO + " has " + info.size());
    }
    List<WikiDocument> documents = new ArrayList<>();
    for (int i = 0; i < dev.size(); i++) {
      String where = DEV + ":" + (i + 1);
      String infoWhere = DEV_INFO + ":" + (i + 1);
      documents.add(document(tree(dev.get(i), where), tree(info.get(i), infoWhere), where));
    }
    return List.copyOf(documents);
  }

  /**
   * The roles of every KAIROS event type, from {@value #ONTOLOGY} in {@code dir}.
   *
   * @throws IllegalArgumentException when the file is not a map of types to objects with roles
   */
  public static Map<String, List<String>> ontology(Path dir) throws IOException {
    JsonNode root = tree(Files.readString(dir.resolve(ONTOLOGY), StandardCharsets.UTF_8), ONTOLOGY);
    Map<String, List<String>> roles = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            type -> {
              JsonNode list = type.getValue().get("roles");
              if (list == null || !list.isArray()) {
                throw new IllegalArgumentException(
                    ONTOLOGY + ": " + type.getKey() + " has no roles");
              }
              List<String> names = new ArrayList<>();
              list.forEach(role -> names.add(role.asText()));
              roles.put(type.getKey(), List.copyOf(names));
            });
    return Map.copyOf(roles);
  }

  private static WikiDocument document(JsonNode dev, JsonNode info, String where) {
    String id = TokenLayout.field(dev, "doc_id", where).asText();
    String infoId = TokenLayout.field(info, "doc_id", where).asText();
    if (!id.equals(infoId)) {
      throw new IllegalArgumentException(
          where + ": document " + id + " but " + DEV_INFO + " has " + infoId + " on that line");
    }
    TokenLayout layout = TokenLayout.of(dev, where);
    Map<String, TextSpan> mentions = mentions(dev, layout, where);
    Map<String, JsonNode> infoEvents = new HashMap<>();
    for (JsonNode event : TokenLayout.field(info, "event_mentions", where)) {
      infoEvents.put(event.path("id").asText(), event);
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode event : TokenLayout.field(dev, "event_mentions", where)) {
      events.add(event(event, infoEvents.get(event.path("id").asText()), layout, mentions, where));
    }
    return new WikiDocument(id, layout.text(), layout.sentences(), events, where);
  }

  private static Map<String, TextSpan> mentions(JsonNode dev, TokenLayout layout, String where) {
    Map<String, TextSpan> mentions = new LinkedHashMap<>();
    for (JsonNode mention : TokenLayout.field(dev, "entity_mentions", where)) {
      String id = TokenLayout.field(mention, "id", where).asText();
      String what = where + " mention " + id;
      TextSpan span = layout.span(mention.path("start").asInt(), mention.path("end").asInt(), what);
      expectText(span, mention.path("text").asText(), what);
      mentions.put(id, span);
    }
    return mentions;
  }

  private static GoldEvent event(
      JsonNode event,
      JsonNode infoEvent,
      TokenLayout layout,
      Map<String, TextSpan> mentions,
      String where) {
    String id = TokenLayout.field(event, "id", where).asText();
    String what = where + " event " + id;
    JsonNode trigger = TokenLayout.field(event, "trigger", what);
    int first = trigger.path("start").asInt();
    TextSpan span = layout.span(first, trigger.path("end").asInt(), what + " trigger");
    expectText(span, trigger.path("text").asText(), what + " trigger");
    List<JsonNode> arguments = list(TokenLayout.field(event, "arguments", what));
    List<JsonNode> informative =
        infoEvent == null ? List.of() : list(TokenLayout.field(infoEvent, "arguments", what));
    List<GoldArgument> gold = new ArrayList<>();
    for (int a = 0; a < arguments.size(); a++) {
      JsonNode argument = arguments.get(a);
      String role = TokenLayout.field(argument, "role", what).asText();
      String entity = TokenLayout.field(argument, "entity_id", what).asText();
      TextSpan mention = mention(mentions, entity, what);
      List<TextSpan> coreferent = new ArrayList<>();
      String other = InformativeArguments.counterpart(arguments, informative, a);
      if (other != null && !other.equals(entity)) {
        coreferent.add(mention(mentions, other, what + " in " + DEV_INFO));
      }
      gold.add(new GoldArgument(role, entity, mention, coreferent));
    }
    String type = TokenLayout.field(event, "event_type", what).asText();
    return new GoldEvent(id, type, span, layout.sentenceOf(first), gold);
  }

  private static TextSpan mention(Map<String, TextSpan> mentions, String id, String what) {
    TextSpan mention = mentions.get(id);
    if (mention == null) {
      throw new IllegalArgumentException(what + ": argument names unknown entity mention " + id);
    }
    return mention;
  }

  private static void expectText(TextSpan span, String expected, String what) {
    if (!span.text().equals(expected)) {
      throw new IllegalArgumentException(
          what + ": tokens give '" + span.text() + "' but the gold text is '" + expected + "'");
    }
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  private static JsonNode tree(String line, String where) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static List<String> nonBlank(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank())
        .toList();
  }
}
