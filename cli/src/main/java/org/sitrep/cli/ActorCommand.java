package org.sitrep.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Ledger;
import org.sitrep.store.query.ActorProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep actor}: an actor's aliases, roles over time, and the resolution trail. */
@Command(
    name = "actor",
    mixinStandardHelpOptions = true,
    description =
        "What the ledger knows of an actor: aliases, roles over time (for a group, its leaders in"
            + " succession) and how each mention was resolved.")
final class ActorCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", description = "Any name, alias, spelling or id of the actor.")
  String name;

  @Option(names = "--format", description = "pretty (default), jsonl or csv (its roles).")
  LedgerFormat format = LedgerFormat.pretty;

  @Mixin LedgerOption ledger;

  @Override
  public Integer call() throws SQLException {
    List<ActorProfile> profiles;
    try (Ledger store = ledger.openExisting()) {
      profiles = store.actors().profiles(name);
    }
    PrintWriter out = Output.stdout();
    switch (format) {
      case jsonl -> LedgerFormat.jsonl(out, profiles);
      case csv -> LedgerFormat.csv(out, profiles.stream().flatMap(ActorCommand::roleRows).toList());
      case pretty -> profiles.forEach(p -> out.print(pretty(p)));
    }
    out.flush();
    if (profiles.isEmpty()) {
      System.err.println("sitrep: no actor known as '" + name + "'");
      return 1;
    }
    return 0;
  }

  private static java.util.stream.Stream<java.util.Map<String, Object>> roleRows(ActorProfile p) {
    return java.util.stream.Stream.concat(p.roles().stream(), p.members().stream())
        .distinct()
        .map(
            role -> {
              var r = LedgerFormat.row();
              r.put("actor_id", role.actorId());
              r.put("actor", role.actorName());
              r.put("role", role.role());
              r.put("organization", role.organizationName());
              r.put("from", role.from());
              r.put("until", role.until());
              r.put("articles", String.join("|", role.articles()));
              r.put("profile", p.id());
              return r;
            });
  }

  static String pretty(ActorProfile p) {
    StringBuilder text = new StringBuilder();
    text.append(p.name()).append(" [").append(p.id()).append("] ").append(p.kind().toLowerCase());
    if (p.actorType() != null) {
      text.append(", ").append(p.actorType());
    }
    if (p.countryCode() != null) {
      text.append(", ").append(p.countryCode());
    }
    text.append(p.fromCatalog() ? ", in the actor catalog" : ", learned from articles");
    text.append('\n');
    if (p.parent() != null) {
      text.append("  branch of: ").append(p.parent()).append('\n');
    }
    if (!p.branches().isEmpty()) {
      text.append("  branches: ").append(String.join(", ", p.branches())).append('\n');
    }
    text.append("  aliases: ").append(String.join("; ", p.aliases())).append('\n');
    if (!p.roles().isEmpty()) {
      text.append("  roles:\n");
      p.roles().forEach(r -> text.append(role(r, false)));
    }
    if (!p.members().isEmpty()) {
      text.append("  roles held in it, in succession:\n");
      p.members().forEach(r -> text.append(role(r, true)));
    }
    text.append("  ledger events: ").append(p.events()).append('\n');
    text.append("  resolved mentions:\n");
    for (ActorProfile.Decision d : p.decisions()) {
      text.append(
          String.format(
              "    %s %s \"%s\": %s (%.2f)%s%n",
              d.articleId(),
              d.entityId(),
              d.name(),
              d.rule(),
              d.score(),
              d.detail() == null ? "" : "; " + d.detail()));
    }
    return text.append('\n').toString();
  }

  private static String role(ActorProfile.Role r, boolean withHolder) {
    return String.format(
        "    %s to %s: %s%s of %s (%s)%n",
        r.from() == null ? "?" : r.from(),
        r.until() == null ? "?" : r.until(),
        withHolder ? r.actorName() + ", " : "",
        r.role(),
        r.organizationName(),
        String.join(", ", r.articles()));
  }
}
