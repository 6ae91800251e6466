package org.sitrep.input;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.model.Article;
import org.sitrep.model.InputRecord;

/** Small helpers for reader tests: write fixtures, read them, pick results. */
final class ReaderFixtures {
  // Written for these tests.
  static final String ENGLISH_BODY =
      "Police said on Tuesday that three men were arrested after a market stall was set on fire"
          + " in the northern town. The fire was put out by neighbours before it reached the"
          + " houses, and no one was hurt, according to a statement from the district office.";

  private ReaderFixtures() {}

  static Path write(Path dir, String name, String content) {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) {
    try {
      Path file = dir.resolve(name);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<InputRecord> read(ArticleReader reader, Path... paths) {
    try (Stream<InputRecord> records = reader.read(Stream.of(paths).map(Path::toString).toList())) {
      return records.toList();
    }
  }

  static List<InputRecord> read(Path... paths) {
    return read(new ArticleReader(ReaderOptions.defaults()), paths);
  }

  static ArticleReader readerWithStdin(String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new ArticleReader(ReaderOptions.defaults(), () -> new ByteArrayInputStream(bytes));
  }

  static Article accepted(InputRecord record) {
    if (record instanceof InputRecord.Accepted a) {
      return a.article();
    }
    throw new AssertionError("expected an accepted record, got " + record);
  }

  static InputRecord.Rejected rejected(InputRecord record) {
    if (record instanceof InputRecord.Rejected r) {
      return r;
    }
    throw new AssertionError("expected a rejected record, got " + record);
  }

  static InputRecord only(List<InputRecord> records) {
    if (records.size() != 1) {
      throw new AssertionError("expected one record, got " + records);
    }
    return records.get(0);
  }
}
