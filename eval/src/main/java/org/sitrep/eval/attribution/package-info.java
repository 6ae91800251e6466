/**
 * The attribution evaluation, who said what: {@code sitrep eval polnear DIR} on PolNeAR (Newell,
 * Margolin and Ruths 2018, political news attributions), sitrep beside CoreNLP's quote annotator.
 *
 * <h2>Gold</h2>
 *
 * <p>{@link org.sitrep.eval.attribution.PolnearGoldFiles} reads {@code DIR/text/NAME.txt}, one
 * {@code DIR/attributions/NAME_XXXX.ann} per article and the publication dates of {@code
 * DIR/../metadata.tsv}. Two articles of the dev compartment were annotated by six people each (the
 * agreement study); each is scored once, against the annotator file whose name sorts first, and the
 * table's footer names them. {@link org.sitrep.eval.attribution.BratReader} turns every {@code
 * Attribution} and {@code Attribution-no-source} relation into a {@link
 * org.sitrep.eval.attribution.GoldAttribution}: its source (none for no-source), cue and content,
 * each a {@link org.sitrep.eval.attribution.FragmentedSpan} (a brat span may be discontinuous, and
 * a role may repeat, as {@code Content2}). brat counts offsets in code points; they are turned into
 * Java chars when an article holds a character beyond the Basic Multilingual Plane, and every
 * span's text is checked against its slice (the table counts mismatches).
 *
 * <h2>Predictions</h2>
 *
 * <p>A system is a function from an article to {@link
 * org.sitrep.eval.attribution.PredictedAttribution}s: source or null, cue or null, content.
 *
 * <h2>Matching two spans ({@link org.sitrep.eval.attribution.SpanMatcher})</h2>
 *
 * <ul>
 *   <li><b>overlap</b>: the spans share at least one character that is not whitespace (no-break
 *       spaces count as whitespace). Weight: the number of such shared characters.
 *   <li><b>exact</b>: the spans cover the same <i>word characters</i>, a word character being any
 *       character that is not whitespace, punctuation (Unicode P* categories) or a quotation mark
 *       (straight, curly or backtick). For plain spans this is the same text at the same place once
 *       whitespace, punctuation and quotation marks are trimmed from both ends. A discontinuous
 *       gold span is its fragments joined: a plain prediction over the whole extent matches only
 *       when the gaps hold no word character. Weight: the number of word characters.
 * </ul>
 *
 * <p>Every score matches one to one, greedily: the heaviest candidate pair first, then the next
 * whose two sides are both still free (ties by gold order, then prediction order). So one long
 * prediction cannot match many gold items.
 *
 * <h2>Scores, per system, micro-averaged over the articles</h2>
 *
 * <ol>
 *   <li><b>pair (source+content)</b>: the unit is an attribution's (source, content). A prediction
 *       matches a gold attribution when the contents match and either the sources match or neither
 *       has one (a gold no-source attribution wants a prediction without a source). The weight is
 *       the sum of the two match weights.
 *   <li><b>attribution (content)</b>: the same with the speaker ignored: the attribution was found.
 *   <li><b>Source, Cue, Content spans</b>: the distinct spans of that role on each side, matched. A
 *       system that gives no span of a role at all (CoreNLP has no cue) shows n/a.
 * </ol>
 *
 * <p>On each side, within an article, identical units are counted once before matching (one source
 * span may serve several attributions; a quote split by "he said" is two attributions with one
 * source). Gold attributions the annotator left without content (one in dev) count in the role rows
 * only. {@code RESULT polnear pair-overlap-F1 SYSTEM=F1 …} closes the table.
 */
package org.sitrep.eval.attribution;
