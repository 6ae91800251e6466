package org.sitrep.model;

import java.util.Objects;

/** Why a record was rejected, with a detail that names the value and the rule it broke. */
public record Rejection(RejectReason reason, String detail) {
  public Rejection {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }
}
