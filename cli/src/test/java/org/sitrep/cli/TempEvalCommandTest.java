package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;
import org.sitrep.model.text.TimexMention;

class TempEvalCommandTest {
  private static final Path TEMPEVAL = SharedData.root().resolve("data/tempeval3");

  @Test
  @Tag("model")
  void prints_sitrep_and_sutime_side_by_side_for_a_few_documents() {
    CommandRun run =
        CommandRun.of("eval", "tempeval", TEMPEVAL.toString(), "--set", "aquaint", "--limit", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("tempeval aquaint: 3 documents")
        .contains("strict span", "relaxed span", "type", "value");
    assertThat(run.lines()).anyMatch(line -> line.startsWith("sitrep "));
    assertThat(run.lines()).anyMatch(line -> line.startsWith("SUTime "));
    assertThat(run.lines())
        .filteredOn(line -> line.startsWith("RESULT tempeval aquaint documents=3 "))
        .singleElement()
        .asString()
        .contains("sitrep_value_f1=", "sutime_value_f1=", "sitrep_strict_f1=", "sutime_type_acc=");
  }

  @Test
  void an_unknown_set_is_a_usage_error() {
    CommandRun run = CommandRun.of("eval", "tempeval", TEMPEVAL.toString(), "--set", "platinum");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("platinum").contains("timebank, aquaint, all");
  }

  @Test
  void a_folder_without_the_gold_files_is_a_usage_error(@TempDir Path empty) {
    CommandRun run = CommandRun.of("eval", "tempeval", empty.toString(), "--set", "timebank");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("timebank.input.jsonl");
  }

  @Test
  void keeps_a_corenlp_timex_as_it_came() {
    TimexMention mention = new TimexMention(3, 5, 10, 20, "last month", "DATE", "1998-07");
    assertThat(TempEvalCommand.timeExpression(mention))
        .isEqualTo(new TimeExpression(10, 20, "last month", TimexType.DATE, "1998-07"));
  }
}
