package org.sitrep.store.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/**
 * Extractions as JSON in the documented schema (docs/schema.md), both ways: snake_case names, dates
 * as YYYY-MM-DD, enums by their wire names, nulls written out. The ledger keeps each article's
 * extraction and each source's event in this form, and `sitrep ingest --extracted` reads it back.
 */
public final class ExtractionJson {
  private static final ObjectMapper MAPPER = configured(new ObjectMapper());

  private static ObjectMapper configured(ObjectMapper mapper) {
    // Lists an abridged or older line leaves out read as empty, as the records would have them.
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
    return mapper
        .registerModule(new JavaTimeModule())
        .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
        .enable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  private ExtractionJson() {}

  /** The mapper, configured for the schema, for callers writing other ledger records. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One extraction as one line of JSON, without the newline. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** {@link #write} as UTF-8 bytes, without the intermediate string. */
  public static byte[] writeBytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Reads one extraction line back.
   *
   * @throws IllegalArgumentException naming the problem when the line is not an extraction
   */
  public static Extraction readExtraction(String json) {
    return read(json, Extraction.class);
  }

  /** Reads one event back from the form {@link #write} gives it. */
  public static Event readEvent(String json) {
    return read(json, Event.class);
  }

  /** Reads any record this class writes (a merged event, a claim …). */
  public static <T> T read(String json, Class<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a sitrep " + type.getSimpleName().toLowerCase() + ": " + e.getOriginalMessage(), e);
    }
  }
}
