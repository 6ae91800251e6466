package org.sitrep.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.model.DateSource;
import org.sitrep.model.InputRecord;

/** Reads the real dev inputs of the shared data folder (never copied into the project). */
@Tag("slow")
class SharedInputReadingTest {
  @ParameterizedTest
  @ValueSource(strings = {"data/isaf/dev.input.jsonl", "data/muc4/dev.input.jsonl"})
  void accepts_every_real_dev_record_and_dates_most_from_their_datelines(String relative) {
    String folder = System.getProperty("sitrep.shared");
    assumeTrue(folder != null, "no shared data folder");
    Path file = Path.of(folder).resolve(relative);
    assumeTrue(Files.isRegularFile(file), file + " is missing");
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    List<InputRecord> records;
    try (Stream<InputRecord> read = reader.read(List.of(file.toString()))) {
      records = read.toList();
    }
    assertThat(records).hasSize((int) reader.countRecords(List.of(file.toString())));
    assertThat(records).allSatisfy(r -> assertThat(r).isInstanceOf(InputRecord.Accepted.class));
    long dated =
        records.stream()
            .map(ReaderFixtures::accepted)
            .filter(a -> a.publishedFrom() == DateSource.DATELINE)
            .count();
    assertThat((double) dated / records.size()).isGreaterThanOrEqualTo(0.85);
  }
}
