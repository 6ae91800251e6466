package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sitrep.store.json.ExtractionJson;

/**
 * Real output, on the examples, the seeds and bad input, validates against the documented schema.
 */
@Tag("model")
class SchemaConformanceTest {
  private static JsonSchema schema() throws IOException {
    Path file = SharedData.repository().resolve("docs/extraction.schema.json");
    try (InputStream in = Files.newInputStream(file)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void every_output_line_of_the_examples_and_seeds_fits_the_schema() throws IOException {
    JsonSchema schema = schema();
    CommandRun run =
        CommandRun.of(
            "extract",
            SharedData.repository().resolve("examples").toString(),
            SharedData.seeds().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lines()).hasSizeGreaterThanOrEqualTo(10);
    for (String line : run.lines()) {
      JsonNode node = ExtractionJson.mapper().readTree(line);
      Set<ValidationMessage> errors = schema.validate(node);
      assertThat(errors).as(node.at("/article/id").asText()).isEmpty();
      SpanInvariants.check(node);
    }
  }

  @Test
  void rejected_lines_fit_the_schema() throws IOException {
    JsonSchema schema = schema();
    CommandRun run =
        CommandRun.withStdin("{\"id\": \"x\", \"text\": [1, 2]}\nnot json\n", "extract", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.lines()).hasSize(2);
    for (String line : run.lines()) {
      assertThat(schema.validate(ExtractionJson.mapper().readTree(line))).isEmpty();
    }
  }
}
