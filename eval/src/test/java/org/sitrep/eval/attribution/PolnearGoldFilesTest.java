package org.sitrep.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.DateSource;

class PolnearGoldFilesTest {
  // Invented for this test.
  private static final String TEXT = "The lock reopens on Friday, the canal trust said.";

  @Test
  void reads_the_first_annotator_by_name_and_the_publication_date(@TempDir Path root)
      throws IOException {
    Path dev = root.resolve("dev");
    Files.createDirectories(dev.resolve("text"));
    Files.createDirectories(dev.resolve("attributions"));
    Files.writeString(dev.resolve("text/canal_2020.txt"), TEXT);
    Files.writeString(dev.resolve("attributions/canal_2020_b222.ann"), "T1\tCue 44 48\tsaid\n");
    Files.writeString(
        dev.resolve("attributions/canal_2020_a111.ann"),
        "T1\tSource 28 43\tthe canal trust\nT2\tCue 44 48\tsaid\nT3\tContent 0 26\tThe lock"
            + " reopens on Friday\nE1\tAttribution:T2 Cue:T2 Source:T1 Content:T3\n");
    Files.writeString(
        root.resolve("metadata.tsv"),
        "compartment\tfilename\tpublication_date\n"
            + "train\tcanal_2020\t2019-01-01\n"
            + "dev\tcanal_2020\t2020-05-04\n");

    List<PolnearDocument> documents = PolnearGoldFiles.read(dev, 10);

    assertThat(documents).singleElement();
    PolnearDocument document = documents.get(0);
    assertThat(document.annotator()).isEqualTo("a111");
    assertThat(document.annotators()).isEqualTo(2);
    assertThat(document.gold()).hasSize(1);
    assertThat(document.article().published()).isEqualTo(LocalDate.of(2020, 5, 4));
    assertThat(document.article().publishedFrom()).isEqualTo(DateSource.METADATA);
  }
}
