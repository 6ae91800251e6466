package org.sitrep.serve.api;

/**
 * A request the API refuses, with the answer it gets: thrown by handlers, turned into a {@link
 * Problem} by the server.
 */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String slug;
  private final String title;

  public ApiProblem(int status, String slug, String title, String detail) {
    super(detail);
    this.status = status;
    this.slug = slug;
    this.title = title;
  }

  public static ApiProblem badParameter(String name, String detail) {
    return new ApiProblem(400, "bad-parameter", "Bad parameter " + name, detail);
  }

  public static ApiProblem notFound(String what, String id) {
    return new ApiProblem(404, "not-found", "Not found", "no " + what + " with id " + id);
  }

  public static ApiProblem badBody(String detail) {
    return new ApiProblem(400, "bad-body", "Unreadable request body", detail);
  }

  public int status() {
    return status;
  }

  public Problem toProblem(String path) {
    return new Problem("/problems/" + slug, title, status, getMessage(), path);
  }
}
