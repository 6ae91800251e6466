/**
 * The WikiEvents evaluation: {@code sitrep eval wikievents DIR} on the WikiEvents dev set (Li et
 * al. 2021, KAIROS ontology). {@link org.sitrep.eval.wikievents.WikiEventsGoldFile} reads the gold
 * events and turns token offsets into character offsets, {@link
 * org.sitrep.eval.wikievents.KairosMapping} reads sitrep's events as KAIROS types and roles, {@link
 * org.sitrep.eval.wikievents.DocumentOutcome} matches triggers and arguments, and {@link
 * org.sitrep.eval.wikievents.WikiEventsReport} holds trigger and per-role argument scores.
 */
package org.sitrep.eval.wikievents;
