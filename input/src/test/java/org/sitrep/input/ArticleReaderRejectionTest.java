package org.sitrep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.input.ReaderFixtures.ENGLISH_BODY;
import static org.sitrep.input.ReaderFixtures.accepted;
import static org.sitrep.input.ReaderFixtures.only;
import static org.sitrep.input.ReaderFixtures.read;
import static org.sitrep.input.ReaderFixtures.rejected;
import static org.sitrep.input.ReaderFixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.InputRecord;
import org.sitrep.model.RejectReason;
import org.sitrep.model.Rejection;

class ArticleReaderRejectionTest {
  @TempDir Path dir;

  // Written for this test.
  private static final String SPANISH =
      "La policía informó el martes que tres hombres fueron detenidos después de que un puesto"
          + " del mercado fuera incendiado en el pueblo. Los vecinos apagaron el fuego antes de que"
          + " llegara a las casas y nadie resultó herido, según un comunicado.";

  private Rejection rejectionOf(Path file) {
    return rejected(only(read(file))).rejection();
  }

  @Test
  void rejects_an_empty_file_and_a_blank_one_as_empty() {
    assertThat(rejectionOf(write(dir, "zero.txt", "")).reason()).isEqualTo(RejectReason.EMPTY);
    Rejection blank = rejectionOf(write(dir, "blank.txt", " \n\t\n"));
    assertThat(blank.reason()).isEqualTo(RejectReason.EMPTY);
    assertThat(blank.detail()).contains("white space");
  }

  @Test
  void rejects_nul_bytes_and_control_characters_as_binary() {
    Rejection nul = rejectionOf(write(dir, "nul.txt", new byte[] {'a', 'b', 0, 'c'}));
    assertThat(nul.reason()).isEqualTo(RejectReason.BINARY);
    assertThat(nul.detail()).contains("byte offset 2");
    Rejection controls = rejectionOf(write(dir, "ctl.txt", "ab\u0001\u0002\u0003cd\u0007efgh"));
    assertThat(controls.reason()).isEqualTo(RejectReason.BINARY);
    assertThat(controls.detail()).contains("control characters").contains("10%");
  }

  @Test
  void rejects_invalid_utf8_naming_the_byte_offset_and_suggesting_a_fix() {
    byte[] latin1 = "Caf\u00e9 opened".getBytes(StandardCharsets.ISO_8859_1);
    Rejection r = rejectionOf(write(dir, "latin1.txt", latin1));
    assertThat(r.reason()).isEqualTo(RejectReason.UNDECODABLE);
    assertThat(r.detail()).contains("byte offset 3").contains("0xE9").contains("re-encode");
  }

  @Test
  void rejects_a_text_longer_than_the_limit_naming_length_and_limit() {
    Path file = write(dir, "long.txt", ENGLISH_BODY);
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withMaxChars(100));
    Rejection r = rejected(only(ReaderFixtures.read(reader, file))).rejection();
    assertThat(r.reason()).isEqualTo(RejectReason.TOO_LONG);
    assertThat(r.detail()).contains(ENGLISH_BODY.length() + " chars").contains("limit of 100");
  }

  @Test
  void rejects_a_file_far_over_the_limit_without_decoding_it() {
    Path file = write(dir, "huge.txt", "word ".repeat(200));
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults().withMaxChars(50));
    Rejection r = rejected(only(ReaderFixtures.read(reader, file))).rejection();
    assertThat(r.reason()).isEqualTo(RejectReason.TOO_LONG);
    assertThat(r.detail()).contains("more than 204 bytes").contains("limit of 50");
  }

  @Test
  void rejects_text_that_is_not_english() {
    Rejection r = rejectionOf(write(dir, "es.txt", SPANISH));
    assertThat(r.reason()).isEqualTo(RejectReason.NOT_ENGLISH);
    assertThat(r.detail()).contains("function words");
  }

  @Test
  void rejects_a_page_without_text_as_no_text() {
    Rejection r =
        rejectionOf(write(dir, "empty.html", "<html><body><nav>Home</nav></body></html>"));
    assertThat(r.reason()).isEqualTo(RejectReason.NO_TEXT);
  }

  @Test
  void rejects_an_unreadable_file_with_the_os_reason() throws Exception {
    Path file = write(dir, "locked.txt", ENGLISH_BODY);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    org.junit.jupiter.api.Assumptions.assumeFalse(
        Files.isReadable(file), "running as a user who can read anything");
    Rejection r = rejectionOf(file);
    assertThat(r.reason()).isEqualTo(RejectReason.UNREADABLE);
    assertThat(r.detail()).contains("locked.txt").contains("permission denied");
  }

  @Test
  void rejects_bad_jsonl_lines_one_by_one_and_reads_the_rest() {
    String good = "{\"id\":\"ok\",\"text\":\"" + ENGLISH_BODY + "\"}";
    String lines =
        String.join(
            "\n",
            good,
            "[1,2]",
            "\"x\"",
            "{\"id\":\"n1\",\"title\":\"no text\"}",
            "{\"id\":\"n2\",\"text\":42}",
            "{\"id\":\"n3\",\"text\":\"   \"}",
            "{\"id\":\"es\",\"text\":\"" + SPANISH + "\"}",
            good.replace("\"ok\"", "\"ok2\""),
            "{\"id\":\"cut\",\"text\":\"The army sa");
    List<InputRecord> records = read(write(dir, "mixed.jsonl", lines));
    assertThat(records).hasSize(9);
    assertThat(accepted(records.get(0)).id()).isEqualTo("ok");
    assertThat(accepted(records.get(7)).id()).isEqualTo("ok2");
    assertRejected(records.get(1), "mixed.jsonl:2", RejectReason.MALFORMED_JSON, "an array");
    assertRejected(records.get(2), "mixed.jsonl:3", RejectReason.MALFORMED_JSON, "a string");
    assertRejected(records.get(3), "n1", RejectReason.NO_TEXT, "no \"text\" field");
    assertRejected(records.get(4), "n2", RejectReason.NO_TEXT, "a number, not a string");
    assertRejected(records.get(5), "n3", RejectReason.NO_TEXT, "blank");
    assertRejected(records.get(6), "es", RejectReason.NOT_ENGLISH, "function words");
    assertRejected(records.get(8), "mixed.jsonl:9", RejectReason.MALFORMED_JSON, "line 9");
    assertThat(records.get(8).origin()).endsWith("mixed.jsonl:9");
  }

  @Test
  void rejects_an_undecodable_jsonl_line_alone() {
    byte[] good =
        ("{\"id\":\"ok\",\"text\":\"" + ENGLISH_BODY + "\"}\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"bad\",\"text\":\"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] both = new byte[good.length + bad.length + good.length];
    System.arraycopy(good, 0, both, 0, good.length);
    System.arraycopy(bad, 0, both, good.length, bad.length);
    System.arraycopy(good, 0, both, good.length + bad.length, good.length);
    List<InputRecord> records = read(write(dir, "enc.jsonl", both));
    assertThat(records).hasSize(3);
    InputRecord.Rejected r = rejected(records.get(1));
    assertThat(r.rejection().reason()).isEqualTo(RejectReason.UNDECODABLE);
    assertThat(r.rejection().detail()).contains("byte offset " + (good.length + 23));
    assertThat(accepted(records.get(2)).id()).isEqualTo("ok");
  }

  @Test
  void rejects_a_binary_jsonl_file_as_one_record() {
    List<InputRecord> records = read(write(dir, "blob.jsonl", new byte[] {'{', 0, 1, '\n', 2}));
    assertRejected(only(records), "blob", RejectReason.BINARY, "NUL byte");
  }

  @Test
  void rejects_a_utf16_jsonl_file_as_one_record_suggesting_utf8() {
    byte[] utf16 = ("{\"text\":\"" + ENGLISH_BODY + "\"}\n").getBytes(StandardCharsets.UTF_16);
    List<InputRecord> records = read(write(dir, "wide.jsonl", utf16));
    assertRejected(only(records), "wide", RejectReason.UNDECODABLE, "re-encode it as UTF-8");
  }

  @Test
  void a_utf8_byte_order_mark_on_the_first_jsonl_line_is_ignored() {
    byte[] line =
        ("\uFEFF{\"id\":\"b\",\"text\":\"" + ENGLISH_BODY + "\"}\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(accepted(only(read(write(dir, "bom.jsonl", line)))).id()).isEqualTo("b");
  }

  private static void assertRejected(
      InputRecord record, String id, RejectReason reason, String detailPart) {
    InputRecord.Rejected r = rejected(record);
    assertThat(r.id()).isEqualTo(id);
    assertThat(r.rejection().reason()).isEqualTo(reason);
    assertThat(r.rejection().detail()).contains(detailPart);
  }
}
