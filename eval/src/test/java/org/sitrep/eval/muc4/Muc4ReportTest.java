package org.sitrep.eval.muc4;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class Muc4ReportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Muc4Report report =
      Muc4Report.of(
          List.of(
              Muc4Comparison.of(
                  "D-1",
                  CeafReeTest.fillers(List.of(List.of("gunmen")), List.of(), List.of()),
                  CeafReeTest.fillers(
                      List.of(List.of("GUNMEN")), List.of(List.of("BRIDGE")), List.of()),
                  false)));

  @Test
  void prints_per_role_rows_and_one_result_line() {
    String table = report.toTable();

    assertThat(table).contains("muc4 dev: 1 documents, 0 rejected").contains("PerpInd", "micro");
    assertThat(table.lines().filter(line -> line.startsWith("RESULT muc4 ")))
        .singleElement()
        .asString()
        .contains("documents=1 gold=1 predicted=2 matched=1 p=0.5000 r=1.0000 f1=0.6667")
        .contains("perpind_f1=1.0000", "target_p=0.0000");
  }

  @Test
  void writes_predictions_in_the_reference_scorer_format() throws IOException {
    StringWriter out = new StringWriter();
    report.writePredictions(out);

    JsonNode extracts = JSON.readTree(out.toString()).get("D-1").get("pred_extracts");
    assertThat(extracts.get("PerpInd").toString()).isEqualTo("[[\"GUNMEN\"]]");
    assertThat(extracts.get("Target").toString()).isEqualTo("[[\"BRIDGE\"]]");
    assertThat(extracts.get("Weapon").toString()).isEqualTo("[]");
  }

  @Test
  void writes_one_detail_line_per_document() throws IOException {
    StringWriter out = new StringWriter();
    report.writeDetails(out);

    JsonNode line = JSON.readTree(out.toString().lines().findFirst().orElseThrow());
    assertThat(line.get("id").asText()).isEqualTo("D-1");
    assertThat(line.get("matched").asInt()).isEqualTo(1);
    assertThat(line.get("gold").get("PerpInd").toString()).isEqualTo("[[\"gunmen\"]]");
  }
}
