package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.store.export.Csv;
import org.sitrep.store.json.ExtractionJson;

/** How ledger queries print: a readable digest, one JSON object per line, or CSV. */
enum LedgerFormat {
  pretty,
  jsonl,
  csv;

  /** Writes records as JSON lines. */
  static void jsonl(PrintWriter out, List<?> records) {
    for (Object record : records) {
      out.println(ExtractionJson.write(record));
    }
  }

  /**
   * Writes flat rows as CSV (RFC 4180: fields with commas, quotes or line breaks quoted, quotes
   * doubled), the header from the first row's keys; no rows, no output.
   */
  static void csv(PrintWriter out, List<Map<String, Object>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    out.println(line(new ArrayList<>(rows.get(0).keySet())));
    for (Map<String, Object> row : rows) {
      List<Object> values = new ArrayList<>(row.values());
      out.println(line(values));
    }
  }

  private static String line(List<?> values) {
    List<String> fields = new ArrayList<>();
    for (Object value : values) {
      String text = value == null ? "" : value.toString();
      fields.add(Csv.field(text));
    }
    return String.join(",", fields);
  }

  /** A fresh ordered row. */
  static Map<String, Object> row() {
    return new LinkedHashMap<>();
  }
}
