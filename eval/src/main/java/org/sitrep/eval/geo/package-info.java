/**
 * The geoparsing evaluation: {@code sitrep eval geoparse DIR} on LGL and GeoVirus. {@link
 * org.sitrep.eval.geo.GeoparseEvaluation} runs a system over a set read by {@link
 * org.sitrep.eval.geo.GeoparseGoldFiles}, {@link org.sitrep.eval.geo.SpanAlignment} pairs its
 * places with the gold toponyms, and {@link org.sitrep.eval.geo.GeoparseReport} holds the
 * recognition scores and the resolution errors, beside a population baseline's.
 */
package org.sitrep.eval.geo;
