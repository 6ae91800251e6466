/**
 * The CASE 2021 Task 2 evaluation: {@code sitrep eval case2021 DIR}, ACLED sub-event typing of
 * short news snippets. {@link org.sitrep.eval.acled.CaseGoldFiles} joins the gold labels with the
 * input snippets, {@link org.sitrep.eval.acled.CaseLabels} maps the task's codes to ACLED sub-event
 * type names, a {@link org.sitrep.eval.acled.SnippetRule} picks one label from a snippet's events,
 * {@link org.sitrep.eval.acled.LabelScore} scores labels as scikit-learn does, and {@link
 * org.sitrep.eval.acled.CaseReport} holds the figures (Haneczok et al. 2021, CASE 2021 Task 2).
 */
package org.sitrep.eval.acled;
