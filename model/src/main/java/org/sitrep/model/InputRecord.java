package org.sitrep.model;

import java.util.Objects;

/** One record read from the input: an article, or a rejection that says where and why. */
public sealed interface InputRecord {
  /** Where the record was read: a path, with {@code :line} for JSONL. */
  String origin();

  /** A record read as an article. */
  record Accepted(Article article) implements InputRecord {
    public Accepted {
      Objects.requireNonNull(article, "article");
    }

    @Override
    public String origin() {
      return article.origin();
    }
  }

  /**
   * A record that could not be read.
   *
   * @param id the record's id when it could be read (a JSONL {@code id}), else one derived from its
   *     origin
   */
  record Rejected(String id, String origin, Rejection rejection) implements InputRecord {
    public Rejected {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(rejection, "rejection");
    }
  }
}
