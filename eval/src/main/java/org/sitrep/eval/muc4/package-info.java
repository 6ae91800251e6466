/**
 * The MUC-4 role-filler evaluation: {@code sitrep eval muc4 DIR}. {@link
 * org.sitrep.eval.muc4.Muc4GoldFile} reads the GRIT-format dev set, {@link
 * org.sitrep.eval.muc4.Muc4Projection} maps each extraction's events to the five roles, {@link
 * org.sitrep.eval.muc4.CeafRee} scores them as the reference {@code score_grit.py} does, and {@link
 * org.sitrep.eval.muc4.Muc4Report} prints the table and writes details and predictions.
 */
package org.sitrep.eval.muc4;
