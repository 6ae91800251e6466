package org.sitrep.eval.isaf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IsafReportTest {
  private static final IsafFields GOLD =
      new IsafFields(
          "2011-03-01", List.of("detention"), List.of("kandahar"), List.of("taliban"), 0, 2);

  private static IsafComparison compare(String id, IsafFields gold, IsafFields predicted) {
    return new IsafComparison(id, gold, predicted, false);
  }

  private static final List<IsafComparison> RECORDS =
      List.of(
          compare("a", GOLD, GOLD),
          compare(
              "b",
              GOLD,
              new IsafFields(
                  "2011-03-02",
                  List.of("detention"),
                  List.of("helmand", "kandahar"),
                  List.of(),
                  1,
                  2)),
          compare(
              "c",
              new IsafFields(
                  "2011-03-05",
                  List.of("airstrike", "detention"),
                  List.of("khost"),
                  List.of(),
                  3,
                  0),
              new IsafFields(
                  "2011-03-05",
                  List.of("detention", "airstrike"),
                  List.of("khost"),
                  List.of(),
                  0,
                  4)),
          new IsafComparison("d", GOLD, IsafFields.empty(), true));

  @Test
  void scores_each_field_as_the_share_of_records_that_get_it_right() {
    IsafReport report = IsafReport.of(RECORDS);

    assertThat(report.n()).isEqualTo(4);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.dateAccuracy()).isEqualTo(0.5);
    assertThat(report.eventTypeAccuracy()).isEqualTo(0.75);
    assertThat(report.provinceAccuracy()).isEqualTo(0.5);
    assertThat(report.provinceFirstAccuracy()).isEqualTo(0.5);
    assertThat(report.targetGroupAccuracy()).isEqualTo(0.5);
    assertThat(report.killedAccuracy()).isEqualTo(0.5);
    assertThat(report.capturedAccuracy()).isEqualTo(0.5);
    assertThat(report.correct(IsafField.CAPTURED)).isEqualTo(2);
    assertThat(report.accuracy(IsafField.TARGET_GROUP)).isEqualTo(0.5);
  }

  @Test
  void averages_absolute_count_errors() {
    IsafReport report = IsafReport.of(RECORDS);

    assertThat(report.killedMae()).isCloseTo((0 + 1 + 3 + 0) / 4.0, within(1e-12));
    assertThat(report.capturedMae()).isCloseTo((0 + 0 + 4 + 2) / 4.0, within(1e-12));
  }

  @Test
  void compares_provinces_as_a_set_but_the_first_province_by_position() {
    IsafFields gold = new IsafFields(null, List.of(), List.of("khost", "kunar"), List.of(), 0, 0);
    IsafFields swapped =
        new IsafFields(null, List.of(), List.of("kunar", "khost"), List.of(), 0, 0);

    assertThat(IsafField.PROVINCE.correct(gold, swapped)).isTrue();
    assertThat(IsafField.PROVINCE_FIRST.correct(gold, swapped)).isFalse();
  }

  @Test
  void never_counts_an_unknown_date_as_right() {
    IsafFields undated = IsafFields.empty();

    assertThat(IsafField.DATE.correct(undated, undated)).isFalse();
    assertThat(IsafField.TARGET_GROUP.correct(undated, undated)).isTrue();
  }

  @Test
  void lists_the_mismatched_fields_of_each_record() {
    IsafReport report = IsafReport.of(RECORDS);

    assertThat(report.mismatches()).extracting(IsafComparison::id).containsExactly("b", "c", "d");
    assertThat(report.records().get(1).mismatches())
        .containsExactly(
            IsafField.DATE,
            IsafField.PROVINCE,
            IsafField.PROVINCE_FIRST,
            IsafField.TARGET_GROUP,
            IsafField.KILLED);
  }

  @Test
  void prints_one_aligned_line_per_field() {
    String table = IsafReport.of(RECORDS).toTable();

    assertThat(table.lines())
        .containsExactly(
            "ISAF evaluation: 4 press releases, 1 rejected",
            "field             correct  accuracy     MAE",
            "date                  2/4     50.0%",
            "event_type            3/4     75.0%",
            "province              2/4     50.0%",
            "province_first        2/4     50.0%",
            "target_group          2/4     50.0%",
            "killed                2/4     50.0%    1.00",
            "captured              2/4     50.0%    1.50");
  }

  @Test
  void writes_every_record_as_a_json_line(@TempDir Path dir) throws IOException {
    Path details = dir.resolve("isaf-details.jsonl");

    IsafReport.of(RECORDS).writeDetails(details);

    List<String> lines = Files.readAllLines(details);
    assertThat(lines).hasSize(4);
    JsonNode second = new ObjectMapper().readTree(lines.get(1));
    assertThat(second.get("id").asText()).isEqualTo("b");
    assertThat(second.get("mismatches").toString())
        .isEqualTo("[\"date\",\"province\",\"province_first\",\"target_group\",\"killed\"]");
    assertThat(second.get("predicted").toString())
        .isEqualTo(
            "{\"start_date\":\"2011-03-02\",\"event_type\":[\"detention\"],"
                + "\"province\":[\"helmand\",\"kandahar\"],\"target_group\":[],"
                + "\"min_killed\":1,\"min_captured\":2}");
    assertThat(
            new ObjectMapper().readTree(lines.get(3)).get("predicted").get("start_date").isNull())
        .isTrue();
  }

  @Test
  void refuses_to_score_nothing() {
    assertThatThrownBy(() -> IsafReport.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one record");
  }
}
