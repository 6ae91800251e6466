/**
 * The ISAF press-release evaluation: {@code sitrep eval isaf DIR}. {@link
 * org.sitrep.eval.isaf.IsafEvaluation} runs an extractor over {@code dev.gold.jsonl}, {@link
 * org.sitrep.eval.isaf.IsafProjection} maps each extraction to the ISAF coding's fields, and {@link
 * org.sitrep.eval.isaf.IsafReport} holds the per-field accuracies and count errors.
 */
package org.sitrep.eval.isaf;
