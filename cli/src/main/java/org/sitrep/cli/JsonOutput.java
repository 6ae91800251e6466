package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.sitrep.model.Extraction;

/**
 * Writes extractions as JSON Lines in the documented schema (docs/schema.md): snake_case names,
 * dates as YYYY-MM-DD, enums by their wire names, nulls written out rather than omitted.
 */
final class JsonOutput {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING);

  private JsonOutput() {}

  /** One output line, without the newline. */
  static String line(Extraction extraction) {
    try {
      return MAPPER.writeValueAsString(extraction);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write extraction of " + extraction.article().id(), e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
