package org.sitrep.eval.wikievents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiEventsGoldFileTest {
  private static final Path WIKIEVENTS =
      Path.of(System.getProperty("sitrep.shared"), "data", "wikievents");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void reads_the_shared_dev_set_with_every_offset_on_its_text() throws IOException {
    List<WikiDocument> documents = WikiEventsGoldFile.read(WIKIEVENTS);
    assertThat(documents).hasSize(20);
    assertThat(documents.stream().mapToInt(d -> d.events().size()).sum()).isEqualTo(345);
    // WikiDocument refuses any span whose text is not the document's there, so reading is the
    // check.
    assertThat(documents)
        .allSatisfy(d -> assertThat(d.article().text()).isEqualTo(d.text()))
        .allSatisfy(d -> assertThat(d.article().published()).isNull());
    long withCoreferent =
        documents.stream()
            .flatMap(d -> d.events().stream())
            .flatMap(e -> e.arguments().stream())
            .filter(a -> !a.coreferent().isEmpty())
            .count();
    assertThat(withCoreferent).isPositive();
  }

  @Test
  void joins_sentences_by_a_blank_line_and_moves_each_token_with_its_sentence() throws IOException {
    write(document(1), document(1));
    WikiDocument document = WikiEventsGoldFile.read(dir).get(0);
    assertThat(document.text())
        .isEqualTo("Rebels shelled Kuru.\n\nA shopkeeper was hurt by shrapnel there.");
    GoldEvent hurt = document.events().get(0);
    assertThat(hurt.type()).isEqualTo("Life.Injure.Unspecified");
    assertThat(hurt.trigger().text()).isEqualTo("hurt");
    assertThat(hurt.sentence()).isEqualTo(1);
    assertThat(hurt.arguments())
        .singleElement()
        .satisfies(a -> assertThat(a.mention().text()).isEqualTo("shopkeeper"));
  }

  @Test
  void takes_the_informative_mention_of_an_argument_as_coreferent() throws IOException {
    ObjectNode info = document(1);
    ((ObjectNode) info.at("/event_mentions/0/arguments/0")).put("entity_id", "d-T1");
    write(document(1), info);
    GoldArgument victim = WikiEventsGoldFile.read(dir).get(0).events().get(0).arguments().get(0);
    assertThat(victim.coreferent())
        .singleElement()
        .satisfies(m -> assertThat(m.text()).isEqualTo("Rebels"));
  }

  @Test
  void refuses_a_token_that_is_not_at_its_offsets_naming_the_line() throws IOException {
    ObjectNode broken = document(1);
    ((ArrayNode) broken.at("/sentences/1/0/1")).set(1, JSON.getNodeFactory().numberNode(25));
    write(broken, document(1));
    assertThatThrownBy(() -> WikiEventsGoldFile.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dev.jsonl:1")
        .hasMessageContaining("sentence 1 token 5 'shopkeeper'");
  }

  @Test
  void refuses_sentences_that_do_not_make_up_the_text() throws IOException {
    ObjectNode broken = document(1);
    broken.put("text", "Rebels shelled Kuru. A shopkeeper was hurt by shrapnel there.");
    write(broken, document(1));
    assertThatThrownBy(() -> WikiEventsGoldFile.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not concatenate");
  }

  /**
   * An invented document in the set's shape: the token offsets count one separator character
   * between the sentences that {@code text} leaves out, as in the real files.
   */
  private static ObjectNode document(int gap) {
    String first = "Rebels shelled Kuru.";
    String second = "A shopkeeper was hurt by shrapnel there.";
    ObjectNode node = JSON.createObjectNode();
    node.put("doc_id", "d");
    ArrayNode tokens = node.putArray("tokens");
    ArrayNode sentences = node.putArray("sentences");
    int offset = 0;
    for (String sentence : List.of(first, second)) {
      ArrayNode pair = sentences.addArray();
      ArrayNode words = pair.addArray();
      int at = 0;
      for (String word : sentence.replace(".", " .").split(" ")) {
        at = sentence.indexOf(word, at);
        words.addArray().add(word).add(offset + at).add(offset + at + word.length());
        tokens.add(word);
        at += word.length();
      }
      pair.add(sentence);
      offset += sentence.length() + gap;
    }
    node.put("text", first + second);
    ArrayNode mentions = node.putArray("entity_mentions");
    mentions.addObject().put("id", "d-T1").put("start", 0).put("end", 1).put("text", "Rebels");
    mentions.addObject().put("id", "d-T2").put("start", 5).put("end", 6).put("text", "shopkeeper");
    ObjectNode event = node.putArray("event_mentions").addObject();
    event.put("id", "d-E1").put("event_type", "Life.Injure.Unspecified");
    event.putObject("trigger").put("start", 7).put("end", 8).put("text", "hurt").put("sent_idx", 1);
    event.putArray("arguments").addObject().put("entity_id", "d-T2").put("role", "Victim");
    return node;
  }

  private void write(ObjectNode dev, ObjectNode info) throws IOException {
    Files.writeString(
        dir.resolve("dev.jsonl"), JSON.writeValueAsString(dev) + "\n", StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("dev_info.jsonl"),
        JSON.writeValueAsString(info) + "\n",
        StandardCharsets.UTF_8);
  }
}
