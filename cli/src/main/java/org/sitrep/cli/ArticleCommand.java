package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.sitrep.store.Ledger;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.query.ArticleView;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep article}: a stored article with its extraction and its ledger links. */
@Command(
    name = "article",
    mixinStandardHelpOptions = true,
    description = "A stored article with its extraction, its copies and its ledger events.")
final class ArticleCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The article's id (or URL).")
  String id;

  @Option(names = "--format", description = "pretty (default) or jsonl.")
  LedgerFormat format = LedgerFormat.pretty;

  @Mixin LedgerOption ledger;

  @Override
  public Integer call() throws SQLException {
    Optional<ArticleView> view;
    try (Ledger store = ledger.openExisting()) {
      view = store.articles().article(id);
    }
    if (view.isEmpty()) {
      System.err.println("sitrep: no article '" + id + "' in the ledger");
      return 1;
    }
    PrintWriter out = Output.stdout();
    ArticleView a = view.get();
    if (format == LedgerFormat.pretty) {
      out.print(PrettyPrinter.digest(a.extraction()));
      out.println("stored " + a.ingestedAt());
      if (a.copyOf() != null) {
        out.printf("wire copy of %s (similarity %.2f)%n", a.copyOf(), a.copySimilarity());
      }
      if (!a.copies().isEmpty()) {
        out.println("copied by: " + String.join(", ", a.copies()));
      }
      new java.util.TreeMap<>(a.ledgerEvents())
          .forEach((event, ledgerEvent) -> out.println(event + " -> " + ledgerEvent));
    } else {
      out.println(ExtractionJson.write(a));
    }
    out.flush();
    return 0;
  }
}
