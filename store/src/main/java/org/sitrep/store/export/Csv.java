package org.sitrep.store.export;

/** CSV fields as RFC 4180 writes them, for the export and the query commands alike. */
public final class Csv {
  private Csv() {}

  /** Quotes a field holding a comma, quote or line break, doubling its quotes; else as it is. */
  public static String field(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
