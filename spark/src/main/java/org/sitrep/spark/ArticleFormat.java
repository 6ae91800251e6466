package org.sitrep.spark;

/** The input formats the Spark job reads: a folder of .jsonl files or of .parquet files. */
public enum ArticleFormat {
  /** One JSON object per line, the fields {@code sitrep extract} reads from JSONL. */
  JSONL,
  /** One article per row, in columns named as the JSONL fields; {@code text} is required. */
  PARQUET
}
