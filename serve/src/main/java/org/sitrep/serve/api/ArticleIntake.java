package org.sitrep.serve.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.InputRecord;

/**
 * Request bodies read as input records, through the same reader (and the same checks: encoding,
 * binary, length, language) as {@code sitrep extract} and {@code sitrep ingest} use on files.
 *
 * <p>Accepted bodies: {@code application/json} (one article object, or an array of them), {@code
 * application/x-ndjson} (one article object per line, like a .jsonl file), and {@code text/plain}
 * (one article's text; query parameters {@code title}, {@code published}, {@code url}, {@code
 * source} and {@code id} carry its metadata).
 *
 * <p>Design decision: every body becomes JSONL before the reader sees it. A plain-text body that
 * happens to start with a brace must still be read as text, and a JSON object spread over lines
 * must still be one record.
 */
final class ArticleIntake {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TEXT_METADATA =
      List.of("id", "title", "published", "url", "source");

  private ArticleIntake() {}

  /** The kind of body a request carries, from its content type. */
  enum BodyKind {
    JSON,
    JSON_LINES,
    TEXT;

    static BodyKind of(Context ctx) {
      String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
      String bare = type.split(";", 2)[0].strip();
      return switch (bare) {
        case "application/json" -> JSON;
        case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> JSON_LINES;
        case "text/plain" -> TEXT;
        default ->
            throw new ApiProblem(
                415,
                "unsupported-media-type",
                "Unsupported media type",
                "the body must be application/json, application/x-ndjson or text/plain, got "
                    + (bare.isEmpty() ? "no Content-Type" : bare));
      };
    }
  }

  /** The body as JSON lines, one per record. */
  static List<String> lines(Context ctx) {
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiProblem.badBody("the body is empty; send an article");
    }
    return switch (BodyKind.of(ctx)) {
      case JSON -> jsonLines(body);
      case JSON_LINES -> List.of(utf8(body).split("\r?\n"));
      case TEXT -> List.of(textLine(ctx, utf8(body)));
    };
  }

  /** The records of {@code lines}, read and screened like a .jsonl file's. */
  static List<InputRecord> records(List<String> lines) {
    String jsonl = String.join("\n", lines) + "\n";
    byte[] bytes = jsonl.getBytes(StandardCharsets.UTF_8);
    ArticleReader reader =
        new ArticleReader(ReaderOptions.defaults(), () -> new ByteArrayInputStream(bytes));
    try (Stream<InputRecord> records = reader.read(List.of("-"))) {
      return records.toList();
    }
  }

  private static List<String> jsonLines(byte[] body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiProblem.badBody(
          "the body is not JSON: "
              + e.getOriginalMessage()
              + " at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (java.io.IOException e) {
      throw ApiProblem.badBody("the body cannot be read: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw ApiProblem.badBody("the body is empty; send an article");
    }
    List<String> lines = new ArrayList<>();
    if (root.isArray()) {
      // Each element goes to the reader as it is: one that is not an article object is rejected
      // there, with its position, and the rest of the batch goes on.
      root.forEach(element -> lines.add(element.toString()));
    } else {
      lines.add(root.toString());
    }
    if (lines.isEmpty()) {
      throw ApiProblem.badBody("the body is an empty array; send at least one article");
    }
    return lines;
  }

  private static String textLine(Context ctx, String text) {
    ObjectNode article = JSON.createObjectNode();
    for (String name : TEXT_METADATA) {
      String value = ctx.queryParam(name);
      if (value != null && !value.isBlank()) {
        article.put(name, value);
      }
    }
    article.put("text", text);
    return article.toString();
  }

  /** The body as UTF-8, refused (not repaired) when it is not valid UTF-8. */
  private static String utf8(byte[] body) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body))
          .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.badBody("the body is not valid UTF-8 (" + e.getMessage() + ")");
    }
  }
}
