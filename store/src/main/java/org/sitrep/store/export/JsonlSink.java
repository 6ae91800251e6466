package org.sitrep.store.export;

import java.io.IOException;
import java.io.Writer;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.query.EventRow;

/**
 * One ledger event a line: {@code id}, {@code merged} (the merged event) and {@code reports}
 * (article id, source, published, match rule, and the source's own event with its evidence).
 */
final class JsonlSink implements LedgerExport.EventSink {
  private final Writer out;

  JsonlSink(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() {
    // JSON Lines has no header.
  }

  @Override
  public boolean write(EventRow event) throws IOException {
    out.write(ExtractionJson.write(event));
    out.write('\n');
    return true;
  }

  @Override
  public void end() {
    // JSON Lines has no trailer.
  }
}
