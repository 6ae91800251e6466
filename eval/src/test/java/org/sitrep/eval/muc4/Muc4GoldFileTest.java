package org.sitrep.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Muc4GoldFileTest {
  private static final String EXTRACTS =
      "\"extracts\":{\"PerpInd\":[[[\"two gunmen\",4],[\"gunmen\",8]]],\"PerpOrg\":[],"
          + "\"Target\":[[[\"bakery\",30]]],\"Victim\":[],\"Weapon\":[[]]}";

  @Test
  void pairs_the_original_text_with_the_gold_mentions(@TempDir Path dir) throws IOException {
    write(dir, "{\"id\":\"D-1\",\"text\":\"LIMA, 2 MAY 90 -- TWO GUNMEN ROBBED A BAKERY.\"}");

    List<Muc4Document> documents = Muc4GoldFile.read(dir);

    assertThat(documents).hasSize(1);
    Muc4Document document = documents.get(0);
    assertThat(document.id()).isEqualTo("D-1");
    assertThat(document.text()).startsWith("LIMA, 2 MAY 90");
    assertThat(document.gold().of(Muc4Role.PERP_IND))
        .containsExactly(List.of("two gunmen", "gunmen"));
    assertThat(document.gold().of(Muc4Role.TARGET)).containsExactly(List.of("bakery"));
    assertThat(document.gold().of(Muc4Role.WEAPON)).containsExactly(List.of());
    assertThat(document.gold().of(Muc4Role.VICTIM)).isEmpty();
  }

  @Test
  void refuses_files_whose_ids_disagree(@TempDir Path dir) throws IOException {
    write(dir, "{\"id\":\"D-2\",\"text\":\"TEXT\"}");

    assertThatThrownBy(() -> Muc4GoldFile.read(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("D-2")
        .hasMessageContaining("D-1");
  }

  @Test
  void reads_the_shared_dev_set() throws IOException {
    Path muc4 = Path.of(System.getProperty("sitrep.shared", "../../shared"), "data", "muc4");

    List<Muc4Document> documents = Muc4GoldFile.read(muc4);

    assertThat(documents).hasSize(200);
    assertThat(documents.stream().map(Muc4Document::id).distinct()).hasSize(200);
    // The input keeps the original wire text, in upper case.
    assertThat(documents).allMatch(d -> d.text().equals(d.text().toUpperCase(Locale.ROOT)));
    RoleFillers none = RoleFillers.none();
    assertThat(documents.stream().mapToInt(d -> CeafRee.score(d.gold(), none).micro().gold()).sum())
        .isEqualTo(475);
  }

  private static void write(Path dir, String inputLine) throws IOException {
    Files.writeString(dir.resolve(Muc4GoldFile.INPUT_FILE), inputLine + "\n");
    Files.writeString(
        dir.resolve(Muc4GoldFile.GOLD_FILE),
        "{\"docid\":\"D-1\",\"doctext\":\"two gunmen robbed a bakery.\"," + EXTRACTS + "}\n");
  }
}
