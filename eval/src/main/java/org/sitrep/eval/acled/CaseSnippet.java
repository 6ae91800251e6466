package org.sitrep.eval.acled;

import java.util.Objects;

/**
 * One CASE 2021 Task 2 snippet: the text the system reads and its gold event-type code.
 *
 * @param id the input's id ({@code "case-869"})
 * @param gold one of the task's codes ({@code "AIR_STRIKE"})
 */
public record CaseSnippet(String id, String text, String gold) {
  public CaseSnippet {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(gold, "gold");
  }
}
