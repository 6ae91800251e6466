package org.sitrep.store.ingest;

import java.time.LocalDate;

/** What the linkers need to know of the article being ingested. */
record StoredArticle(String id, String source, LocalDate published, String copyOf) {}
