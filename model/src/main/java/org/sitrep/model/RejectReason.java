package org.sitrep.model;

import java.util.Locale;

/** Why an input record was not read as an article. Stable codes; add, never rename. */
public enum RejectReason {
  /** Zero bytes, or only white space. */
  EMPTY,
  /** NUL bytes or mostly control characters: not text. */
  BINARY,
  /** Not valid in the expected character encoding. */
  UNDECODABLE,
  /** A JSONL line that is not a JSON object. */
  MALFORMED_JSON,
  /** A record without any article text. */
  NO_TEXT,
  /** Longer than the configured maximum. */
  TOO_LONG,
  /** Text, but not in English. */
  NOT_ENGLISH,
  /** The file could not be read at all (missing, permissions, I/O). */
  UNREADABLE;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
