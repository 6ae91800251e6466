package org.sitrep.extract.time;

/** Whether the clause a time expression belongs to speaks of the past or the future. */
enum Tense {
  PAST,
  FUTURE,
  /** Present tense, reported future ("would"), or no verb found: SUTime's reading stands. */
  UNKNOWN
}
