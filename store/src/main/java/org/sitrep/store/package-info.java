/**
 * The ledger on disk. {@link org.sitrep.store.Ledger} opens an embedded SQLite file (the default)
 * or a PostgreSQL database with the same schema, applies the versioned migrations, ingests
 * extractions one article per transaction, and answers queries.
 */
package org.sitrep.store;
