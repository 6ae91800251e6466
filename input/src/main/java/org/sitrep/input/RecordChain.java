package org.sitrep.input;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import org.sitrep.model.InputRecord;
import org.sitrep.model.RejectReason;
import org.sitrep.model.RejectedArticleException;
import org.sitrep.model.Rejection;

/**
 * The records of a plan, input after input, opening each file only when its turn comes. Not
 * thread-safe: one per read.
 */
final class RecordChain implements Iterator<InputRecord>, AutoCloseable {
  private static final int SNIFF_BYTES = 8192;

  private final Iterator<PlannedInput> inputs;
  private final ReaderParts parts;
  private final DocumentReader documents;
  private final Supplier<InputStream> stdin;
  private Iterator<InputRecord> current = List.<InputRecord>of().iterator();
  private JsonlRecords open;

  RecordChain(InputPlan plan, ReaderParts parts, Supplier<InputStream> stdin) {
    this.inputs = plan.inputs().iterator();
    this.parts = parts;
    this.documents = new DocumentReader(parts);
    this.stdin = stdin;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext()) {
      closeOpen();
      if (!inputs.hasNext()) {
        return false;
      }
      current = start(inputs.next());
    }
    return true;
  }

  @Override
  public InputRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more input records");
    }
    return current.next();
  }

  @Override
  public void close() {
    closeOpen();
  }

  private void closeOpen() {
    if (open != null) {
      JsonlRecords closing = open;
      open = null;
      closing.close();
    }
  }

  private Iterator<InputRecord> start(PlannedInput input) {
    if (input.problem() != null) {
      return one(input, RejectReason.UNREADABLE, input.problem());
    }
    InputStream in = null;
    try {
      in =
          new BufferedInputStream(
              input.path() == null ? unclosable(stdin.get()) : Files.newInputStream(input.path()),
              SNIFF_BYTES);
      InputFormat format = resolveFormat(input.format(), in);
      if (format == InputFormat.JSONL) {
        open = new JsonlRecords(in, input, parts);
        in = null;
        return open;
      }
      return List.of(documents.read(documents.readBounded(in, format), input, format)).iterator();
    } catch (IOException e) {
      return one(
          input,
          RejectReason.UNREADABLE,
          "cannot read " + input.origin() + ": " + FileProblems.describe(e));
    } catch (RejectedArticleException e) {
      return List.<InputRecord>of(
              new InputRecord.Rejected(input.baseId(), input.origin(), e.rejection()))
          .iterator();
    } finally {
      closeUnlessHandedOver(in, input);
    }
  }

  // A JSONL stream is handed over to its JsonlRecords (in == null then), which closes it.
  private static void closeUnlessHandedOver(InputStream in, PlannedInput input) {
    if (in != null) {
      try {
        in.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot close " + input.origin(), e);
      }
    }
  }

  // Standard input belongs to the process; reading it to the end must not close it.
  private static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {
        // Deliberately left open; see above.
      }
    };
  }

  private static InputFormat resolveFormat(InputFormat format, InputStream in) throws IOException {
    if (format != InputFormat.SNIFFED && format != InputFormat.STDIN) {
      return format;
    }
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    InputFormat sniffed = Sniffer.sniff(head, head.length);
    // Design decision: stdin is JSONL or plain text; a web page must come from a .html file.
    return format == InputFormat.STDIN && sniffed == InputFormat.HTML ? InputFormat.TEXT : sniffed;
  }

  private static Iterator<InputRecord> one(PlannedInput input, RejectReason reason, String detail) {
    return List.<InputRecord>of(
            new InputRecord.Rejected(input.baseId(), input.origin(), new Rejection(reason, detail)))
        .iterator();
  }
}
