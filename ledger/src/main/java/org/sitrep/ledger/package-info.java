/**
 * Reading across articles. Pure logic over model records, with no storage: {@code name} matches
 * person names across spellings and transliterations, {@code event} decides which reports are of
 * the same real event and merges their values without hiding disagreement, {@code claim} compares
 * quantity and relation claims from different sources.
 */
package org.sitrep.ledger;
