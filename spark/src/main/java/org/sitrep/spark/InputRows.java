package org.sitrep.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.sitrep.input.ArticleReader;
import org.sitrep.model.InputRecord;
import org.sitrep.model.RejectReason;
import org.sitrep.model.Rejection;

/**
 * Input records as Spark rows, before they are read as articles: one row per JSONL line or Parquet
 * row, holding the record's raw JSON bytes and where it came from. Rows cross the shuffle that
 * spreads records over executors; only then does {@link #toRecord} apply sitrep's input rules.
 *
 * <p>A file that holds no record at all is one row with no bytes and a {@code problem}, so that it
 * is rejected rather than silently dropped, as {@code sitrep extract} does.
 */
final class InputRows {
  /** The file as origins name it; with {@code line}, the input order. */
  static final String FILE = "input_file";

  /** The line (JSONL) or row (Parquet) number in the file, from 1; 0 for a whole-file problem. */
  static final String LINE = "input_line";

  static final StructType SCHEMA =
      new StructType()
          .add(FILE, DataTypes.StringType, false)
          .add("file_name", DataTypes.StringType, false)
          .add(LINE, DataTypes.LongType, false)
          .add("byte_offset", DataTypes.LongType, false)
          .add("json", DataTypes.BinaryType, true)
          .add("problem", DataTypes.StringType, true);

  private InputRows() {}

  static Row record(String file, String fileName, long line, long offset, byte[] json) {
    return RowFactory.create(file, fileName, line, offset, json, null);
  }

  static Row emptyFile(String file, String fileName, String problem) {
    return RowFactory.create(file, fileName, 0L, 0L, null, problem);
  }

  /** The record a row holds, by the rules {@code sitrep extract} applies to a JSONL line. */
  static InputRecord toRecord(Row row, ArticleReader reader) {
    String file = row.getString(0);
    String fileName = row.getString(1);
    if (row.isNullAt(4)) {
      return new InputRecord.Rejected(
          baseId(fileName), file, new Rejection(RejectReason.EMPTY, row.getString(5)));
    }
    byte[] json = row.getAs(4);
    return reader.readJsonLine(json, row.getLong(3), file, fileName, row.getLong(2));
  }

  /** The id of a file's whole-file record: its name without the extension, as sitrep names it. */
  private static String baseId(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
