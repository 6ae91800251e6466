package org.sitrep.model.text;

import java.util.List;

/**
 * A sentence: its char span, its tokens {@code [firstToken, endToken)}, and its dependency edges.
 */
public record Sentence(
    int index, int start, int end, int firstToken, int endToken, List<Dependency> dependencies) {
  public Sentence {
    if (start < 0 || end < start || firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("bad sentence #" + index);
    }
    dependencies = List.copyOf(dependencies);
  }

  public boolean containsToken(int tokenIndex) {
    return tokenIndex >= firstToken && tokenIndex < endToken;
  }
}
