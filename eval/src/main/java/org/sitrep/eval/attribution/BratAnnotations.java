package org.sitrep.eval.attribution;

import java.util.List;

/**
 * What {@link BratReader} read from one {@code .ann} file.
 *
 * @param attributions the attribution relations, in file order
 * @param spans the text-bound ({@code T}) annotations read
 * @param mismatches the spans whose recorded text differs from the slice of the article they point
 *     at (kept, by their offsets, and counted)
 * @param codePoints whether the article holds characters outside the Basic Multilingual Plane, so
 *     brat's code-point offsets had to be turned into char offsets
 * @param problems one message per span or role that could not be read as written
 */
public record BratAnnotations(
    List<GoldAttribution> attributions,
    int spans,
    int mismatches,
    boolean codePoints,
    List<String> problems) {
  public BratAnnotations {
    attributions = List.copyOf(attributions);
    problems = List.copyOf(problems);
  }
}
