package org.sitrep.store;

import java.util.Locale;

/** The database under a ledger. */
public enum Engine {
  /** One file, no server: the default. */
  SQLITE,
  /** A PostgreSQL server, for ledgers shared by several users and machines. */
  POSTGRESQL;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
