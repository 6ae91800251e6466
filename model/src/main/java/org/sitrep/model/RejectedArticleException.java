package org.sitrep.model;

/**
 * The one domain exception: an input that cannot be read as an article. Runners catch it, record
 * the rejection, count it, and go on with the rest of the batch.
 */
public final class RejectedArticleException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Rejection rejection;

  public RejectedArticleException(RejectReason reason, String detail) {
    super(reason + ": " + detail);
    this.rejection = new Rejection(reason, detail);
  }

  public Rejection rejection() {
    return rejection;
  }
}
