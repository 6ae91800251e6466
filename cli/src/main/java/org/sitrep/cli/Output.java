package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output as UTF-8 text, whatever the platform's default. */
final class Output {
  private Output() {}

  static PrintWriter stdout() {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
  }
}
