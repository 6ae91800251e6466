package org.sitrep.serve.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers already serialised, by request and ledger version, so that the pages many analysts open
 * (the first page of events, a popular event) are read and serialised once per change of the
 * ledger, not once per request.
 *
 * <p>Design decision: the key carries the ledger's version (its newest article), read from the
 * database on every request, not a flag this process sets when it writes: another process ({@code
 * sitrep ingest}) may write to the same ledger while the server runs, and its articles must show at
 * once. Every stored article, even a rejected one, moves the version; a duplicate changes nothing
 * and does not.
 */
final class ResponseCache {
  private final long maxBytes;
  private long bytes;
  private final Map<String, byte[]> entries = new LinkedHashMap<>(256, 0.75f, true);

  ResponseCache(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  synchronized Optional<byte[]> get(String version, String request) {
    return Optional.ofNullable(entries.get(version + "\n" + request));
  }

  /** Keeps an answer, dropping the least recently used ones beyond the size bound. */
  synchronized void put(String version, String request, byte[] answer) {
    if (answer.length > maxBytes / 8) {
      return; // one huge article would push out everything else
    }
    byte[] old = entries.put(version + "\n" + request, answer);
    bytes += answer.length - (old == null ? 0 : old.length);
    var oldest = entries.entrySet().iterator();
    while (bytes > maxBytes && oldest.hasNext()) {
      bytes -= oldest.next().getValue().length;
      oldest.remove();
    }
  }
}
