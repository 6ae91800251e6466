package org.sitrep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A compact line-per-fact digest of an output line for golden files: offsets, codes and canonical
 * names, no sentences, so the golden file holds facts rather than copies of the article.
 */
final class Digest {
  private Digest() {}

  static String of(JsonNode line) {
    StringBuilder out = new StringBuilder();
    JsonNode article = line.get("article");
    out.append("article ")
        .append(article.get("id").asText())
        .append(" published=")
        .append(article.get("published").asText())
        .append('(')
        .append(article.get("published_from").asText())
        .append(")\n");
    for (JsonNode event : line.get("events")) {
      out.append("event ")
          .append(event.get("id").asText())
          .append(' ')
          .append(event.get("type").asText())
          .append(" mode=")
          .append(event.get("mode").asText())
          .append(" acled=")
          .append(event.get("acled").isNull() ? "-" : event.at("/acled/sub_event_type").asText())
          .append(" trigger=")
          .append(span(event.get("trigger")))
          .append(" date=")
          .append(event.at("/date/value").asText())
          .append('/')
          .append(event.at("/date/precision").asText())
          .append(" loc=")
          .append(
              event.get("location").isNull()
                  ? "-"
                  : event.at("/location/name").asText()
                      + "/"
                      + event.at("/location/precision").asText())
          .append(" modality=")
          .append(event.get("modality").asText())
          .append(" actors=")
          .append(names(event.get("actors")))
          .append(" victims=")
          .append(names(event.get("victims")))
          .append(" targets=")
          .append(names(event.get("targets")))
          .append(" killed=")
          .append(count(event.get("fatalities")))
          .append(" captured=")
          .append(count(event.get("captured")))
          .append(" injured=")
          .append(count(event.get("injured")))
          .append('\n');
    }
    for (JsonNode claim : line.get("claims")) {
      out.append("claim ")
          .append(claim.get("id").asText())
          .append(" speaker=")
          .append(speaker(claim.get("speaker")))
          .append(" stance=")
          .append(claim.get("stance").asText())
          .append(" direct=")
          .append(claim.get("direct").asBoolean())
          .append(" cue=")
          .append(span(claim.get("cue")))
          .append(" content=")
          .append(span(claim.get("content")))
          .append(" quantity=")
          .append(
              claim.get("quantity") == null || claim.get("quantity").isNull()
                  ? "-"
                  : claim.at("/quantity/min").asText() + ".." + claim.at("/quantity/max").asText())
          .append('\n');
    }
    for (JsonNode place : line.get("places")) {
      out.append("place ")
          .append(span(place))
          .append(' ')
          .append(place.get("name").asText())
          .append('/')
          .append(place.get("feature").asText())
          .append('/')
          .append(place.get("country_code").asText())
          .append('\n');
    }
    for (JsonNode entity : line.get("entities")) {
      out.append("entity ")
          .append(entity.get("id").asText())
          .append(' ')
          .append(entity.get("kind").asText())
          .append(' ')
          .append(entity.get("name").asText())
          .append(" actor=")
          .append(entity.get("actor_id").asText())
          .append(" mentions=")
          .append(entity.get("mentions").size())
          .append('\n');
    }
    return out.toString();
  }

  private static String span(JsonNode node) {
    return node == null || node.isNull()
        ? "-"
        : "[" + node.get("start").asInt() + "," + node.get("end").asInt() + ")";
  }

  private static String names(JsonNode arguments) {
    List<String> names = new ArrayList<>();
    // Canonical entity names are facts; other phrases stay offsets so no article text is copied.
    arguments.forEach(a -> names.add(a.get("entity").isNull() ? span(a) : a.get("name").asText()));
    return names.toString();
  }

  private static String speaker(JsonNode speaker) {
    if (speaker == null || speaker.isNull()) {
      return "-";
    }
    return speaker.get("entity").isNull() ? span(speaker) : speaker.get("name").asText();
  }

  private static String count(JsonNode count) {
    if (count == null || count.isNull()) {
      return "-";
    }
    return count.get("min").asText()
        + ".."
        + (count.get("max").isNull() ? "" : count.get("max").asText());
  }
}
