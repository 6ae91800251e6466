package org.sitrep.cli;

/**
 * A command that cannot go on for a reason the user can fix (an unreadable file, a malformed dump):
 * {@link Main} prints its message, without a stack trace, and exits 1.
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
