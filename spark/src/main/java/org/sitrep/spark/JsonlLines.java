package org.sitrep.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;

/**
 * Splits one JSONL file into {@link InputRows}, one per non-blank line, lazily, on an executor.
 * Lines are split at {@code \n} as bytes, not decoded: each line is decoded, and rejected if it
 * must be, on its own by {@link org.sitrep.input.ArticleReader#readJsonLine}.
 *
 * <p>The input row is an {@link InputFiles.InputFile} as (origin, uri, name).
 */
final class JsonlLines implements FlatMapFunction<Row, Row> {
  @Override
  public Iterator<Row> call(Row file) throws IOException {
    Path path = new Path(file.getString(1));
    InputStream in = path.getFileSystem(new Configuration()).open(path);
    return new Lines(new BufferedInputStream(in, 1 << 16), file.getString(0), file.getString(2));
  }

  /** The rows of one open file; closes it at the end. Not thread-safe. */
  private static final class Lines implements Iterator<Row> {
    private final InputStream in;
    private final String origin;
    private final String name;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private long offset;
    private long number;
    private long yielded;
    private boolean done;
    private Row next;

    Lines(InputStream in, String origin, String name) {
      this.in = in;
      this.origin = origin;
      this.name = name;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        next = advance();
      }
      return next != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more lines in " + origin);
      }
      Row row = next;
      next = null;
      yielded++;
      return row;
    }

    private Row advance() {
      try {
        for (long start = offset; readLine(); start = offset) {
          number++;
          byte[] bytes = line.toByteArray();
          if (!isBlank(bytes)) {
            return InputRows.record(origin, name, number, start, bytes);
          }
        }
        done = true;
        in.close();
        if (yielded == 0) {
          // A file without records still yields one, rejected, as sitrep extract reports it.
          String problem = offset == 0 ? "0 bytes; no records" : "only blank lines; no records";
          return InputRows.emptyFile(origin, name, problem);
        }
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + origin + ": " + e.getMessage(), e);
      }
    }

    /** Reads the next line into {@code line}, without its {@code \n}; false at the end. */
    private boolean readLine() throws IOException {
      line.reset();
      int b = in.read();
      if (b == -1) {
        return false;
      }
      while (b != -1 && b != '\n') {
        offset++;
        line.write(b);
        b = in.read();
      }
      if (b == '\n') {
        offset++;
      }
      return true;
    }
  }

  /** Blank as sitrep's JSONL reader counts it: spaces, tabs, carriage returns, form feeds. */
  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\f') {
        return false;
      }
    }
    return true;
  }
}
