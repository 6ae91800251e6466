package org.sitrep.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.sitrep.serve.api.ApiProblem;

/**
 * What every request passes before a handler sees it: security headers on every answer, the Host
 * check that stops DNS rebinding against a loopback server, the Origin check that stops other web
 * sites from posting to it, and the bearer token on every write.
 */
final class RequestGuard {
  /** Everything the web app needs comes from this server; nothing runs inline. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final Set<String> WRITES = Set.of("/api/articles", "/api/extractions");

  private final ServeOptions options;
  private final byte[] token;

  RequestGuard(ServeOptions options) {
    this.options = options;
    this.token = options.token().getBytes(StandardCharsets.UTF_8);
  }

  void before(Context ctx) {
    headers(ctx);
    if (options.loopbackOnly()) {
      checkHost(ctx);
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      checkOrigin(ctx);
      if (WRITES.contains(ctx.path())) {
        checkToken(ctx);
      }
    }
  }

  private static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    if (ctx.path().startsWith("/api/")) {
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * A loopback server answers only to loopback names: a page on another site whose name was made to
   * resolve to 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.
   */
  private static void checkHost(Context ctx) {
    String host = ctx.header("Host");
    String name = host == null ? "" : hostName(host).toLowerCase(Locale.ROOT);
    if (!(name.equals("127.0.0.1") || name.equals("localhost") || name.equals("[::1]"))) {
      throw new ApiProblem(
          421,
          "misdirected-request",
          "Misdirected request",
          "this server answers only to 127.0.0.1, localhost or [::1], not to Host " + host);
    }
  }

  private static String hostName(String host) {
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      return close < 0 ? host : host.substring(0, close + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }

  /** A browser posting from another site says so in Origin and Sec-Fetch-Site. */
  private static void checkOrigin(Context ctx) {
    String site = ctx.header("Sec-Fetch-Site");
    String origin = ctx.header("Origin");
    String host = ctx.header("Host");
    boolean crossSite = site != null && !site.equals("same-origin") && !site.equals("none");
    boolean foreignOrigin =
        origin != null
            && !origin.equals("null")
            && (host == null
                || !(origin.equals("http://" + host) || origin.equals("https://" + host)));
    if (crossSite || foreignOrigin) {
      throw new ApiProblem(
          403,
          "cross-origin",
          "Cross-origin request refused",
          "writes and extractions are accepted only from this server's own pages, not from "
              + (origin == null ? "a " + site + " request" : origin));
    }
  }

  private void checkToken(Context ctx) {
    String header = ctx.header("Authorization");
    String prefix = "Bearer ";
    if (header == null || !header.regionMatches(true, 0, prefix, 0, prefix.length())) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
      throw new ApiProblem(
          401,
          "token-required",
          "Token required",
          "writes need the header Authorization: Bearer <token>; sitrep serve prints the token"
              + " when it starts");
    }
    byte[] given = header.substring(prefix.length()).strip().getBytes(StandardCharsets.UTF_8);
    // A comparison that takes as long for a near miss as for a far one.
    if (!MessageDigest.isEqual(given, token)) {
      throw new ApiProblem(
          403, "bad-token", "Wrong token", "the bearer token is not this server's");
    }
  }
}
