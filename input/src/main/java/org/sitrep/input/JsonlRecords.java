package org.sitrep.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.InputRecord;
import org.sitrep.model.RejectReason;
import org.sitrep.model.RejectedArticleException;
import org.sitrep.model.Rejection;

/**
 * The records of one JSONL stream, read lazily, one line at a time. Each non-blank line yields one
 * record; blank lines are not records.
 *
 * <p>Design decision: a bad line is rejected on its own (undecodable bytes, malformed JSON, no
 * text) and reading goes on with the next line. Only when the stream cannot be split into lines at
 * all, because its first 8 KiB hold a NUL byte or a UTF-16 byte-order mark, is the whole stream
 * rejected as one record; an I/O error ends the stream with one {@code UNREADABLE} record.
 *
 * <p>Not thread-safe: one per stream. Close it to release the stream.
 */
final class JsonlRecords implements Iterator<InputRecord>, AutoCloseable {
  private static final Set<String> KNOWN =
      Set.of("id", "title", "text", "published", "source", "url");
  private static final int HEAD = 8192;

  private final InputStream in;
  private final PlannedInput input;
  private final ReaderParts parts;
  private final ByteLines lines;
  private InputRecord next;
  private boolean started;
  private boolean done;
  private long yielded;

  JsonlRecords(InputStream in, PlannedInput input, ReaderParts parts) {
    this.in = in.markSupported() ? in : new BufferedInputStream(in, HEAD);
    this.input = input;
    this.parts = parts;
    // A JSON-escaped char takes at most 6 bytes ("\u00e9"); the rest of the object gets 1 MiB.
    long max = parts.options().maxChars() * 6L + (1 << 20);
    this.lines = new ByteLines(this.in, (int) Math.min(Integer.MAX_VALUE - 16, max));
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
      done |= next == null;
    }
    return next != null;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records in " + input.origin());
    }
    InputRecord record = next;
    next = null;
    return record;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close " + input.origin(), e);
    }
  }

  private InputRecord advance() {
    try {
      if (!started) {
        started = true;
        InputRecord whole = rejectWholeStream();
        if (whole != null) {
          done = true;
          return whole;
        }
      }
      for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
        if (!line.isBlank()) {
          yielded++;
          return record(line);
        }
      }
      if (yielded == 0) {
        // A stream of blank lines still yields one record, so that it shows up in the report.
        yielded++;
        return rejected(
            input.baseId(), input.origin(), RejectReason.EMPTY, "only blank lines; no records");
      }
      return null;
    } catch (IOException e) {
      done = true;
      return new InputRecord.Rejected(
          input.baseId(),
          input.origin(),
          new Rejection(
              RejectReason.UNREADABLE,
              "cannot read " + input.origin() + ": " + FileProblems.describe(e)));
    }
  }

  private InputRecord rejectWholeStream() throws IOException {
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    if (head.length == 0) {
      return rejected(input.baseId(), input.origin(), RejectReason.EMPTY, "0 bytes; no records");
    }
    if (head.length >= 2
        && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
            || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      return rejected(
          input.baseId(),
          input.origin(),
          RejectReason.UNDECODABLE,
          "starts with a UTF-16 byte-order mark, but JSONL must be UTF-8 (RFC 8259);"
              + " re-encode it as UTF-8 (for example: iconv -f UTF-16 -t UTF-8)");
    }
    for (int i = 0; i < head.length; i++) {
      if (head[i] == 0) {
        return rejected(
            input.baseId(),
            input.origin(),
            RejectReason.BINARY,
            "NUL byte at byte offset " + i + "; JSONL is text, so the file is not read");
      }
    }
    return null;
  }

  private InputRecord record(ByteLines.Line line) {
    String origin = input.origin() + ":" + line.number();
    String derivedId = input.fileName() + ":" + line.number();
    if (line.truncated()) {
      return rejected(
          derivedId,
          origin,
          RejectReason.TOO_LONG,
          "line "
              + line.number()
              + " is longer than "
              + line.length()
              + " bytes, more than a record with at most "
              + parts.options().maxChars()
              + " chars of text (maxChars) can take");
    }
    return line(
        parts, line.bytes(), line.length(), line.offset(), line.number(), origin, derivedId);
  }

  /**
   * The record of one non-blank JSONL line of {@code length} bytes: decoded as strict UTF-8 (a
   * byte-order mark dropped on line 1), parsed and checked. {@code offset} is the line's byte
   * offset in its stream, for messages.
   */
  static InputRecord line(
      ReaderParts parts,
      byte[] bytes,
      int length,
      long offset,
      long number,
      String origin,
      String derivedId) {
    String id = derivedId;
    try {
      String json = parts.utf8().decode(bytes, length, offset);
      if (number == 1 && json.startsWith("\uFEFF")) {
        json = json.substring(1);
      }
      JsonNode node = parse(parts, json, number);
      id = idOf(node, derivedId);
      return new InputRecord.Accepted(article(parts, node, id, origin, number));
    } catch (RejectedArticleException e) {
      return new InputRecord.Rejected(id, origin, e.rejection());
    }
  }

  private static JsonNode parse(ReaderParts parts, String json, long number)
      throws RejectedArticleException {
    JsonNode node;
    try {
      node = parts.json().readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new RejectedArticleException(
          RejectReason.MALFORMED_JSON,
          "line " + number + " is not valid JSON" + where + ": " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      String kind = node == null ? "nothing" : PlainJson.kind(node);
      throw new RejectedArticleException(
          RejectReason.MALFORMED_JSON,
          "line " + number + " is " + kind + ", not an object; each JSONL line must be one object");
    }
    return node;
  }

  private static String idOf(JsonNode node, String derivedId) {
    JsonNode id = node.get("id");
    if (id != null && (id.isTextual() || id.isNumber()) && !id.asText().isBlank()) {
      return id.asText().strip();
    }
    return derivedId;
  }

  private static Article article(
      ReaderParts parts, JsonNode node, String id, String origin, long number)
      throws RejectedArticleException {
    String text = text(node.get("text"), number);
    parts.screen().check(text);
    List<String> warnings = new ArrayList<>();
    String title = optionalString(node, "title", warnings);
    String source = optionalString(node, "source", warnings);
    String url = optionalString(node, "url", warnings);
    Map<String, Object> extra = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Object value = PlainJson.toJava(field.getValue());
      if (!KNOWN.contains(field.getKey()) && value != null) {
        extra.put(field.getKey(), value);
      }
    }
    Article undated =
        new Article(
            id, title, text, null, DateSource.UNKNOWN, null, source, url, origin, extra, warnings);
    return parts.dates().resolve(undated, publishedValues(node.get("published")));
  }

  private static String text(JsonNode text, long number) throws RejectedArticleException {
    if (text == null || text.isNull()) {
      throw new RejectedArticleException(
          RejectReason.NO_TEXT,
          "line " + number + " has no \"text\" field; each record needs a non-blank text string");
    }
    if (!text.isTextual()) {
      throw new RejectedArticleException(
          RejectReason.NO_TEXT,
          "line " + number + ": \"text\" is " + PlainJson.kind(text) + ", not a string");
    }
    if (text.asText().isBlank()) {
      throw new RejectedArticleException(
          RejectReason.NO_TEXT,
          "line " + number + ": \"text\" is blank; each record needs a non-blank text string");
    }
    return text.asText();
  }

  private static List<String> publishedValues(JsonNode published) {
    if (published == null || published.isNull()) {
      return List.of();
    }
    return List.of(published.isTextual() ? published.asText() : published.toString());
  }

  private static String optionalString(JsonNode node, String field, List<String> warnings) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      warnings.add("\"" + field + "\" is " + PlainJson.kind(value) + ", not a string; ignored");
      return null;
    }
    return value.asText().isBlank() ? null : value.asText().strip();
  }

  private static InputRecord rejected(
      String id, String origin, RejectReason reason, String detail) {
    return new InputRecord.Rejected(id, origin, new Rejection(reason, detail));
  }
}
