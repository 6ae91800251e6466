package org.sitrep.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.model.Argument;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventLocation;
import org.sitrep.model.Extraction;
import org.sitrep.store.json.ExtractionJson;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The flat {@code events} table: one row per event, for Spark SQL. An {@code articles} row in, one
 * row per event of its extraction out (read back from the extraction's JSON).
 *
 * <p>Design decision: the events are read back from the JSON column rather than carried as a nested
 * column from the extraction step, so that the one row type crosses the extraction step and the
 * JSON stays the single source both tables come from.
 */
final class EventRows implements FlatMapFunction<Row, Row> {
  private static final DataType NAMES = DataTypes.createArrayType(DataTypes.StringType, false);

  static final StructType SCHEMA =
      new StructType()
          .add("article_id", DataTypes.StringType, false)
          .add("event_id", DataTypes.StringType, false)
          .add("plover_type", DataTypes.StringType, false)
          .add("mode", DataTypes.StringType, true)
          .add("acled_event_type", DataTypes.StringType, true)
          .add("acled_sub_event_type", DataTypes.StringType, true)
          .add("trigger", DataTypes.StringType, false)
          .add("date", DataTypes.StringType, true)
          .add("date_precision", DataTypes.StringType, false)
          .add("place", DataTypes.StringType, true)
          .add("country_code", DataTypes.StringType, true)
          .add("admin1", DataTypes.StringType, true)
          .add("lat", DataTypes.DoubleType, true)
          .add("lon", DataTypes.DoubleType, true)
          .add("location_precision", DataTypes.StringType, true)
          .add("killed_min", DataTypes.LongType, true)
          .add("killed_max", DataTypes.LongType, true)
          .add("injured_min", DataTypes.LongType, true)
          .add("injured_max", DataTypes.LongType, true)
          .add("captured_min", DataTypes.LongType, true)
          .add("captured_max", DataTypes.LongType, true)
          .add("actors", NAMES, false)
          .add("targets", NAMES, false)
          .add("victims", NAMES, false)
          .add("instruments", NAMES, false)
          .add("modality", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false);

  @Override
  public Iterator<Row> call(Row article) {
    if (article.<Integer>getAs("events") == 0) {
      return List.<Row>of().iterator();
    }
    Extraction extraction = ExtractionJson.readExtraction(article.getAs(ArticleRows.EXTRACTION));
    List<Row> rows = new ArrayList<>();
    for (Event event : extraction.events()) {
      rows.add(of(extraction.article().id(), event));
    }
    return rows.iterator();
  }

  static Row of(String articleId, Event event) {
    EventLocation place = event.location();
    List<Object> values = new ArrayList<>();
    values.add(articleId);
    values.add(event.id());
    values.add(event.type().name());
    values.add(event.mode());
    values.add(event.acled() == null ? null : event.acled().eventType());
    values.add(event.acled() == null ? null : event.acled().subEventType());
    values.add(event.trigger().text());
    values.add(event.date().value());
    values.add(event.date().precision().toString());
    values.add(place == null ? null : place.name());
    values.add(place == null ? null : place.countryCode());
    values.add(place == null ? null : place.admin1());
    values.add(place == null ? null : place.lat());
    values.add(place == null ? null : place.lon());
    values.add(place == null ? null : place.precision().toString());
    addCount(values, event.fatalities());
    addCount(values, event.injured());
    addCount(values, event.captured());
    values.add(names(event.actors()));
    values.add(names(event.targets()));
    values.add(names(event.victims()));
    values.add(names(event.instruments()));
    values.add(event.modality().toString());
    values.add(event.confidence());
    return RowFactory.create(values.toArray());
  }

  private static void addCount(List<Object> values, Count count) {
    values.add(count == null ? null : count.min());
    values.add(count == null ? null : count.max());
  }

  /** The arguments' names, as the Scala sequence Spark's row encoder takes for an array. */
  private static scala.collection.Seq<String> names(List<Argument> arguments) {
    List<String> names = new ArrayList<>();
    for (Argument argument : arguments) {
      names.add(argument.name());
    }
    return CollectionConverters.asScala(names).toSeq();
  }
}
