package org.sitrep.serve.api;

import java.util.Objects;

/**
 * An error answer in RFC 9457's problem+json form: a stable type, a short title, the status, and a
 * detail that names the value and the rule it broke.
 *
 * @param type a URI reference naming the kind of problem ({@code /problems/bad-parameter} …)
 * @param instance the request path
 */
public record Problem(String type, String title, int status, String detail, String instance) {
  public static final String MEDIA_TYPE = "application/problem+json";

  public Problem {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(detail, "detail");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem's status is 4xx or 5xx, got " + status);
    }
  }
}
