package org.sitrep.serve.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.ledger.event.MergedEvent;
import org.sitrep.model.Event;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.query.ActorQueries;
import org.sitrep.store.query.ArticleQueries;
import org.sitrep.store.query.ArticleView;
import org.sitrep.store.query.ClaimQueries;
import org.sitrep.store.query.EventFilter;
import org.sitrep.store.query.EventRow;
import org.sitrep.store.query.LedgerQueries;

/**
 * The read side of the REST API: events, timelines, actors, claims, contradictions and articles,
 * each answered from one pooled ledger connection. Filters mirror the CLI's options.
 */
public final class ReadApi {
  private static final Set<String> EVENT_PARAMETERS =
      Set.of("actor", "place", "type", "from", "to", "minSources", "limit", "offset");
  private static final Set<String> PAGE_PARAMETERS = Set.of("limit", "offset");

  /** Runs a read on a pooled connection. */
  public interface Reads {
    <T> T read(Read<T> read) throws SQLException;
  }

  /** Work that reads the ledger through one connection. */
  public interface Read<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** 64 MiB of serialised answers. */
  private static final long CACHE_BYTES = 64L << 20;

  private final Reads reads;
  private final String ledgerName;
  private final ResponseCache cache = new ResponseCache(CACHE_BYTES);

  public ReadApi(Reads reads, String ledgerName) {
    this.reads = reads;
    this.ledgerName = ledgerName;
  }

  /**
   * Answers with what {@code read} returns, serialised, or with the answer already cached for this
   * request at the ledger's current version. A null from {@code read} is a 404 for {@code what}.
   */
  private void answer(Context ctx, String what, String id, Read<Object> read) throws SQLException {
    String request = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
    byte[] body =
        reads.read(
            c -> {
              String version = new ArticleQueries(c).version();
              Optional<byte[]> cached = cache.get(version, request);
              if (cached.isPresent()) {
                return cached.get();
              }
              Object value = read.apply(c);
              if (value == null) {
                return null;
              }
              byte[] serialised = ExtractionJson.writeBytes(value);
              cache.put(version, request, serialised);
              return serialised;
            });
    if (body == null) {
      throw ApiProblem.notFound(what, id);
    }
    ctx.contentType("application/json").result(body);
  }

  /** Registers the read routes. */
  public void register(RoutesConfig routes) {
    routes.get("/api/health", this::health);
    routes.get("/api/events", this::events);
    routes.get("/api/events/{id}", this::event);
    routes.get("/api/timeline", this::timeline);
    routes.get("/api/actors", this::actors);
    routes.get("/api/actors/{id}", this::actor);
    routes.get("/api/claims", this::claims);
    routes.get("/api/contradictions", this::contradictions);
    routes.get("/api/articles", this::articles);
    routes.get("/api/articles/<id>", this::article);
  }

  /** What the server serves, and how much of it. */
  record Health(String status, String ledger, long articles, long events) {}

  private void health(Context ctx) throws SQLException {
    new Params(ctx).only(Set.of());
    answer(
        ctx,
        "health",
        "",
        c -> {
          ArticleQueries.Counts counts = new ArticleQueries(c).counts();
          return new Health("ok", ledgerName, counts.articles(), counts.events());
        });
  }

  private void events(Context ctx) throws SQLException {
    Params params = new Params(ctx).only(EVENT_PARAMETERS);
    int limit = params.limit();
    int offset = params.offset(limit);
    EventFilter filter =
        new EventFilter(
            params.text("actor"),
            params.text("place"),
            params.eventType("type"),
            params.date("from"),
            params.date("to"),
            params.integer("minSources", 0, 0, 1_000),
            offset + limit + 1);
    String next = params.nextPage(offset + limit);
    answer(
        ctx, "events", "", c -> Page.of(new LedgerQueries(c).events(filter), offset, limit, next));
  }

  /** One ledger event with every source's report and the passages it was read from. */
  record EventDetail(String id, MergedEvent merged, List<SourceReport> reports) {}

  /** One source's report of a ledger event. */
  record SourceReport(
      String articleId,
      String title,
      String source,
      String url,
      String published,
      String matchRule,
      String copyOf,
      Event event,
      List<Passages.Passage> passages) {}

  private void event(Context ctx) throws SQLException {
    new Params(ctx).only(Set.of());
    String id = ctx.pathParam("id");
    answer(
        ctx,
        "ledger event",
        id,
        c -> {
          Optional<EventRow> row = new LedgerQueries(c).event(id);
          if (row.isEmpty()) {
            return null;
          }
          ArticleQueries articles = new ArticleQueries(c);
          List<SourceReport> reports = new ArrayList<>();
          for (EventRow.Report report : row.get().reports()) {
            reports.add(sourceReport(report, articles.article(report.articleId())));
          }
          return new EventDetail(row.get().id(), row.get().merged(), reports);
        });
  }

  private static SourceReport sourceReport(EventRow.Report report, Optional<ArticleView> view) {
    List<Passages.Passage> passages =
        view.map(v -> Passages.of(report.event(), v.extraction().article().text()))
            .orElse(List.of());
    return new SourceReport(
        report.articleId(),
        view.map(v -> v.extraction().article().title()).orElse(null),
        report.source(),
        view.map(v -> v.extraction().article().url()).orElse(null),
        report.published(),
        report.matchRule(),
        view.map(ArticleView::copyOf).orElse(null),
        report.event(),
        passages);
  }

  /** An actor's or a place's events in date order. */
  record TimelineAnswer(String query, String kind, List<String> keys, Page<EventRow> events) {}

  private void timeline(Context ctx) throws SQLException {
    Params params = new Params(ctx).only(Set.of("q", "limit", "offset"));
    String query = params.requiredText("q");
    int limit = params.limit();
    int offset = params.offset(limit);
    String next = params.nextPage(offset + limit);
    answer(
        ctx,
        "timeline",
        query,
        c -> {
          LedgerQueries.Timeline timeline =
              new LedgerQueries(c).timeline(query, offset + limit + 1);
          return new TimelineAnswer(
              query,
              timeline.kind(),
              timeline.keys(),
              Page.of(timeline.events(), offset, limit, next));
        });
  }

  private void actors(Context ctx) throws SQLException {
    Params params = new Params(ctx).only(Set.of("q"));
    String name = params.requiredText("q");
    answer(ctx, "actors", name, c -> new ActorQueries(c).profiles(name));
  }

  private void actor(Context ctx) throws SQLException {
    new Params(ctx).only(Set.of());
    String id = ctx.pathParam("id");
    answer(ctx, "actor", id, c -> new ActorQueries(c).profile(id).orElse(null));
  }

  private void claims(Context ctx) throws SQLException {
    Params params = new Params(ctx).only(Set.of("subject"));
    String subject = params.requiredText("subject");
    answer(ctx, "claims", subject, c -> new ClaimQueries(c).claims(subject));
  }

  private void contradictions(Context ctx) throws SQLException {
    Params params = new Params(ctx).only(Set.of("all"));
    boolean all = params.flag("all");
    answer(ctx, "contradictions", "", c -> new ClaimQueries(c).contradictions(all));
  }

  private void articles(Context ctx) throws SQLException {
    Params params = new Params(ctx).only(PAGE_PARAMETERS);
    int limit = params.limit();
    int offset = params.offset(limit);
    String next = params.nextPage(offset + limit);
    answer(
        ctx,
        "articles",
        "",
        c -> Page.after(new ArticleQueries(c).recent(offset, limit + 1), offset, limit, next));
  }

  private void article(Context ctx) throws SQLException {
    new Params(ctx).only(Set.of());
    String id = ctx.pathParam("id");
    answer(ctx, "article", id, c -> new ArticleQueries(c).article(id).orElse(null));
  }
}
