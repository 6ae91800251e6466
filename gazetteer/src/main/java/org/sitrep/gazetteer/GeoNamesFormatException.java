package org.sitrep.gazetteer;

import java.io.IOException;

/**
 * A GeoNames dump that is not in the "geoname" table format: the message names the file, the line
 * and the rule the line breaks ("AF.txt:3: a GeoNames row needs 19 tab-separated columns, got 5").
 */
public final class GeoNamesFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public GeoNamesFormatException(String message) {
    super(message);
  }

  public GeoNamesFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
