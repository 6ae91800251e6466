package org.sitrep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.input.ReaderFixtures.ENGLISH_BODY;
import static org.sitrep.input.ReaderFixtures.accepted;
import static org.sitrep.input.ReaderFixtures.only;
import static org.sitrep.input.ReaderFixtures.read;
import static org.sitrep.input.ReaderFixtures.readerWithStdin;
import static org.sitrep.input.ReaderFixtures.rejected;
import static org.sitrep.input.ReaderFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;
import org.sitrep.model.InputRecord;
import org.sitrep.model.RejectReason;

class ArticleReaderFormatsTest {
  @TempDir Path dir;

  @Test
  void reads_a_text_file_with_a_title_line() {
    Path file = write(dir, "market-fire.txt", "Market stall burned\n\n" + ENGLISH_BODY + "\n");
    Article article = accepted(only(read(file)));
    assertThat(article.id()).isEqualTo("market-fire");
    assertThat(article.origin()).isEqualTo(file.toString());
    assertThat(article.title()).isEqualTo("Market stall burned");
    assertThat(article.text()).isEqualTo(ENGLISH_BODY + "\n");
  }

  @Test
  void reads_a_text_file_without_a_title_as_all_text() {
    Path file = write(dir, "plain.txt", ENGLISH_BODY);
    Article article = accepted(only(read(file)));
    assertThat(article.title()).isNull();
    assertThat(article.text()).isEqualTo(ENGLISH_BODY);
  }

  @Test
  void strips_a_utf8_byte_order_mark_and_accepts_utf16_with_one() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ENGLISH_BODY.getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, utf8, 0, 3);
    System.arraycopy(body, 0, utf8, 3, body.length);
    Path withBom = write(dir, "bom.txt", utf8);
    Path utf16 = write(dir, "wide.txt", ENGLISH_BODY.getBytes(StandardCharsets.UTF_16));
    assertThat(accepted(only(read(withBom))).text()).isEqualTo(ENGLISH_BODY);
    assertThat(accepted(only(read(utf16))).text()).isEqualTo(ENGLISH_BODY);
  }

  @Test
  void reads_a_web_page_main_text_and_metadata() {
    String html =
        "<html><head><meta property=\"og:title\" content=\"Stall burned\">"
            + "<meta property=\"og:site_name\" content=\"Town Post\">"
            + "<meta property=\"og:url\" content=\"https://post.example/fire\">"
            + "<meta name=\"date\" content=\"2020-06-01\"></head><body>"
            + "<nav><p>Home</p></nav><article><p>"
            + ENGLISH_BODY
            + "</p><p>Second paragraph of the report, written for this test.</p></article>"
            + "</body></html>";
    Article article = accepted(only(read(write(dir, "fire.html", html))));
    assertThat(article.id()).isEqualTo("fire");
    assertThat(article.title()).isEqualTo("Stall burned");
    assertThat(article.source()).isEqualTo("Town Post");
    assertThat(article.url()).isEqualTo("https://post.example/fire");
    assertThat(article.published()).hasToString("2020-06-01");
    assertThat(article.text())
        .isEqualTo(ENGLISH_BODY + "\n\nSecond paragraph of the report, written for this test.");
  }

  @Test
  void decodes_a_page_in_the_charset_its_meta_tag_declares() {
    String html =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 fire</title></head><body><p>"
            + ENGLISH_BODY
            + "</p></body></html>";
    Path file =
        write(dir, "cp.html", html.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(accepted(only(read(file))).title()).isEqualTo("Caf\u00e9 fire");
  }

  @Test
  void reads_jsonl_records_and_keeps_unknown_fields_as_plain_values() {
    String line =
        "{\"id\":\"a1\",\"title\":\"Stall burned\",\"text\":\""
            + ENGLISH_BODY
            + "\",\"source\":\"Town Post\",\"url\":\"https://post.example/a1\","
            + "\"lang\":\"en\",\"score\":0.5,\"count\":3,\"ok\":true,\"gone\":null,"
            + "\"tags\":[\"fire\",1],\"meta\":{\"desk\":\"north\"}}";
    Path file = write(dir, "batch.jsonl", line + "\n\n   \n" + line.replace("a1", "a2") + "\n");
    List<InputRecord> records = read(file);
    assertThat(records).hasSize(2);
    Article first = accepted(records.get(0));
    assertThat(first.id()).isEqualTo("a1");
    assertThat(first.origin()).isEqualTo(file + ":1");
    assertThat(first.title()).isEqualTo("Stall burned");
    assertThat(first.source()).isEqualTo("Town Post");
    assertThat(first.url()).isEqualTo("https://post.example/a1");
    assertThat(first.extra())
        .containsOnlyKeys("lang", "score", "count", "ok", "tags", "meta")
        .containsEntry("lang", "en")
        .containsEntry("score", 0.5)
        .containsEntry("count", 3)
        .containsEntry("ok", true)
        .containsEntry("tags", List.of("fire", 1))
        .containsEntry("meta", Map.of("desk", "north"));
    assertThat(accepted(records.get(1)).origin()).isEqualTo(file + ":4");
  }

  @Test
  void names_a_jsonl_record_without_id_by_file_and_line() {
    Path file = write(dir, "batch.jsonl", "\n{\"text\":\"" + ENGLISH_BODY + "\"}\n");
    assertThat(accepted(only(read(file))).id()).isEqualTo("batch.jsonl:2");
  }

  @Test
  void sniffs_the_format_of_a_named_file_with_another_extension() {
    Path json = write(dir, "feed.data", "  {\"id\":\"j\",\"text\":\"" + ENGLISH_BODY + "\"}\n");
    Path html = write(dir, "page.data", "<html><body><p>" + ENGLISH_BODY + "</p></body></html>");
    Path text = write(dir, "note.data", ENGLISH_BODY);
    List<InputRecord> records = read(json, html, text);
    assertThat(records).extracting(r -> accepted(r).id()).containsExactly("j", "page", "note");
    assertThat(accepted(records.get(1)).text()).isEqualTo(ENGLISH_BODY);
  }

  @Test
  void reads_jsonl_from_stdin() {
    ArticleReader reader =
        readerWithStdin(
            "\n {\"text\":\"" + ENGLISH_BODY + "\"}\n{\"text\":\"" + ENGLISH_BODY + "\"}");
    try (Stream<InputRecord> records = reader.read(List.of("-"))) {
      assertThat(records.toList())
          .extracting(r -> accepted(r).id(), InputRecord::origin)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("stdin:2", "stdin:2"),
              org.assertj.core.groups.Tuple.tuple("stdin:3", "stdin:3"));
    }
  }

  @Test
  void reads_plain_text_from_stdin() {
    ArticleReader reader = readerWithStdin("Stall burned\n\n" + ENGLISH_BODY);
    try (Stream<InputRecord> records = reader.read(List.of("-"))) {
      Article article = accepted(only(records.toList()));
      assertThat(article.id()).isEqualTo("stdin");
      assertThat(article.title()).isEqualTo("Stall burned");
      assertThat(article.text()).isEqualTo(ENGLISH_BODY);
    }
  }

  @Test
  void walks_folders_recursively_in_path_order_and_lists_skipped_files() {
    write(dir, "b/2.txt", ENGLISH_BODY);
    write(dir, "b/1.html", "<p>" + ENGLISH_BODY + "</p>");
    write(dir, "a.txt", ENGLISH_BODY);
    write(dir, "c/d/e.jsonl", "{\"id\":\"e1\",\"text\":\"" + ENGLISH_BODY + "\"}\n");
    write(dir, "b/notes.md", "not read");
    write(dir, "photo.jpg", new byte[] {1, 2, 3});
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    InputPlan plan = reader.plan(List.of(dir.toString()));
    assertThat(plan.skipped()).containsExactly(dir.resolve("b/notes.md"), dir.resolve("photo.jpg"));
    try (Stream<InputRecord> records = reader.read(plan)) {
      assertThat(records.toList())
          .extracting(r -> accepted(r).id())
          .containsExactly("a", "1", "2", "e1");
    }
  }

  @Test
  void counts_records_up_front() {
    Path txt = write(dir, "one.txt", ENGLISH_BODY);
    Path jsonl = write(dir, "three.jsonl", "{}\n\n{\"text\":\"x\"}\n  \n{broken\n");
    Path empty = write(dir, "empty.jsonl", "");
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    List<String> inputs = List.of(txt.toString(), jsonl.toString(), empty.toString(), "missing");
    assertThat(reader.countRecords(inputs)).isEqualTo(6);
    try (Stream<InputRecord> records = reader.read(inputs)) {
      assertThat(records.count()).isEqualTo(6);
    }
  }

  @Test
  void counts_stdin_as_zero_since_it_can_be_read_only_once() {
    assertThat(readerWithStdin("{\"text\":\"x\"}").countRecords(List.of("-"))).isZero();
  }

  @Test
  void rejects_options_with_no_room_for_text() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ReaderOptions.defaults().withMaxChars(0))
        .withMessage("maxChars must be at least 1, got 0");
  }

  @Test
  void reads_a_large_jsonl_file_lazily() {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      big.append("{\"id\":\"r")
          .append(i)
          .append("\",\"text\":\"")
          .append(ENGLISH_BODY)
          .append("\"}\n");
    }
    Path file = write(dir, "big.jsonl", big.toString());
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    try (Stream<InputRecord> records = reader.read(List.of(file.toString()))) {
      Iterator<InputRecord> it = records.iterator();
      assertThat(accepted(it.next()).id()).isEqualTo("r0");
      assertThat(accepted(it.next()).id()).isEqualTo("r1");
    }
  }

  @Test
  void a_missing_input_is_one_unreadable_record_and_the_rest_is_read() {
    Path good = write(dir, "good.txt", ENGLISH_BODY);
    List<InputRecord> records = read(dir.resolve("nope.txt"), good);
    assertThat(records).hasSize(2);
    InputRecord.Rejected missing = rejected(records.get(0));
    assertThat(missing.id()).isEqualTo("nope");
    assertThat(missing.rejection().reason()).isEqualTo(RejectReason.UNREADABLE);
    assertThat(missing.rejection().detail()).contains("nope.txt").contains("no such file");
    assertThat(accepted(records.get(1)).id()).isEqualTo("good");
  }
}
