package org.sitrep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.input.ReaderFixtures.ENGLISH_BODY;
import static org.sitrep.input.ReaderFixtures.read;
import static org.sitrep.input.ReaderFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.InputRecord;

class ArticleReaderJsonLineTest {
  @TempDir Path dir;

  @Test
  void reads_each_line_as_the_whole_file_reading_does() {
    String[] lines = {
      "{\"id\":\"a1\",\"title\":\"Fire\",\"text\":\""
          + ENGLISH_BODY
          + "\",\"published\":\"2024-03-05\"}",
      "{\"text\":\"" + ENGLISH_BODY + "\",\"desk\":\"north\"}\r",
      "{\"id\":\"a3\",\"text\":\"\"}",
      "{not json"
    };
    Path file = write(dir, "news.jsonl", String.join("\n", lines) + "\n");
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());

    List<InputRecord> oneByOne = new ArrayList<>();
    long offset = 0;
    for (int i = 0; i < lines.length; i++) {
      byte[] bytes = lines[i].getBytes(StandardCharsets.UTF_8);
      oneByOne.add(reader.readJsonLine(bytes, offset, file.toString(), "news.jsonl", i + 1));
      offset += bytes.length + 1;
    }

    assertThat(oneByOne).isEqualTo(read(reader, file));
  }
}
