package org.sitrep.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Extraction;

class ExtractionJsonTest {
  @Test
  void reads_back_what_it_writes_and_abridged_lines_with_lists_left_out() throws Exception {
    String line = Files.readAllLines(Path.of("../docs/examples/sample-output.jsonl")).get(0);
    Extraction extraction = ExtractionJson.readExtraction(line);
    String written = ExtractionJson.write(extraction);
    assertThat(ExtractionJson.readExtraction(written)).isEqualTo(extraction);
    assertThat(extraction.events()).isNotEmpty();
    assertThat(extraction.entities().get(0).roles()).isEmpty();
  }
}
