package org.sitrep.serve;

import java.util.Objects;

/**
 * How {@code sitrep serve} listens and what it accepts.
 *
 * @param host the address to bind; 127.0.0.1 unless the user asks for another
 * @param port the port, or 0 for any free one
 * @param token the bearer token every write must carry
 * @param maxRequestBytes the largest request body read; larger ones get 413
 * @param readers how many ledger connections serve reads at once
 */
public record ServeOptions(String host, int port, String token, long maxRequestBytes, int readers) {
  /** 8 MiB: room for a long article with its JSON, well short of what would strain the heap. */
  public static final long DEFAULT_MAX_REQUEST_BYTES = 8L * 1024 * 1024;

  /** Loopback only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public ServeOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(token, "token");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be in 0..65535, got " + port);
    }
    if (token.length() < 16) {
      throw new IllegalArgumentException(
          "the write token must have at least 16 characters, got " + token.length());
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException(
          "maxRequestBytes must be at least 1024, got " + maxRequestBytes);
    }
    if (readers < 1) {
      throw new IllegalArgumentException("readers must be at least 1, got " + readers);
    }
  }

  /** Loopback, the given port and token, default limits. */
  public static ServeOptions loopback(int port, String token) {
    return new ServeOptions(DEFAULT_HOST, port, token, DEFAULT_MAX_REQUEST_BYTES, 4);
  }

  /** Whether the server answers only on this machine. */
  public boolean loopbackOnly() {
    return host.equals("127.0.0.1") || host.equals("::1") || host.equals("localhost");
  }
}
