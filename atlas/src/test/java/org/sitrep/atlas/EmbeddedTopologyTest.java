package org.sitrep.atlas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class EmbeddedTopologyTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static String script(String name, String topology) {
    return "(function() {\n  Datamap.prototype.worldTopo = '__WORLD__';\n"
        + "  Datamap.prototype."
        + name
        + "Topo = "
        + topology
        + ";\n  Datamap.prototype.zweTopo = '__ZWE__';\n  function f() { return {}; }\n})();\n";
  }

  static final String TINY =
      "{\"type\":\"Topology\",\"objects\":{\"xx\":{\"type\":\"GeometryCollection\","
          + "\"geometries\":[{\"type\":\"Polygon\",\"id\":\"XX.AB\","
          + "\"properties\":{\"name\":\"Brace } Land\"},\"arcs\":[[0,-2]]}]}},"
          + "\"arcs\":[[[0,0],[10,0],[0,10]],[[0,0],[0,10]]],"
          + "\"transform\":{\"scale\":[0.1,0.1],\"translate\":[60,30]}}";

  @Test
  void reads_the_assigned_topology_despite_braces_in_names_and_code_after_it() throws Exception {
    ObjectNode topology = EmbeddedTopology.extract(script("xxx", TINY), "xxx", JSON);

    assertThat(EmbeddedTopology.collection(topology).path("geometries").get(0).path("properties"))
        .hasToString("{\"name\":\"Brace } Land\"}");
    assertThat(topology.path("arcs").size()).isEqualTo(2);
  }

  @Test
  void rejects_a_script_with_only_placeholders() {
    assertThatThrownBy(() -> EmbeddedTopology.extract(script("abc", "'__ABC__'"), "abc", JSON))
        .isInstanceOf(TopologyFormatException.class)
        .hasMessageContaining("no object assigned to Datamap.prototype.abcTopo");
  }

  @Test
  void rejects_a_geometry_that_refers_to_a_missing_arc() {
    String broken = TINY.replace("[[0,-2]]", "[[0,-6]]");

    assertThatThrownBy(() -> EmbeddedTopology.extract(script("xxx", broken), "xxx", JSON))
        .isInstanceOf(TopologyFormatException.class)
        .hasMessageContaining("refers to arc -6");
  }

  @Test
  void rejects_an_object_that_is_not_json() {
    assertThatThrownBy(() -> EmbeddedTopology.extract(script("xxx", "{type: 1}"), "xxx", JSON))
        .isInstanceOf(TopologyFormatException.class)
        .hasMessageContaining("not JSON");
  }
}
