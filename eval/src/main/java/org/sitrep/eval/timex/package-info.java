/**
 * The TempEval-3 time-expression evaluation: {@code sitrep eval tempeval DIR} on TimeBank and
 * AQUAINT. {@link org.sitrep.eval.timex.TempEvalEvaluation} runs several systems over a set read by
 * {@link org.sitrep.eval.timex.TempEvalGoldFiles}, {@link org.sitrep.eval.timex.TimexAlignment}
 * pairs each system's time expressions with the gold ones, and {@link
 * org.sitrep.eval.timex.TempEvalReport} holds the span, type and value scores of every system side
 * by side (UzZaman et al. 2013).
 */
package org.sitrep.eval.timex;
