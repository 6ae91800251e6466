package org.sitrep.serve;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.serve.api.ApiProblem;
import org.sitrep.serve.api.Problem;
import org.sitrep.serve.api.ReadApi;
import org.sitrep.serve.api.WriteApi;
import org.sitrep.store.Ledger;
import org.sitrep.store.json.ExtractionJson;

/**
 * {@code sitrep serve}: the REST API and the web app over one ledger, in one process.
 *
 * <p>Design decision: the web app is static files that call the API, served by the same Javalin
 * instance; there is no second server, no build step and nothing fetched from elsewhere.
 */
public final class SitrepServer implements AutoCloseable {
  /** Where the OpenAPI document lives; clients may rely on this path. */
  public static final String OPENAPI_PATH = "/api/openapi.json";

  private final Javalin app;
  private final ReaderPool readers;
  private final ServeOptions options;

  private SitrepServer(Javalin app, ReaderPool readers, ServeOptions options) {
    this.app = app;
    this.readers = readers;
    this.options = options;
  }

  /**
   * Starts serving {@code ledger}. The ledger stays the caller's: closing the server does not close
   * it.
   *
   * @param extractor the extractor for posted articles, asked for on the first one
   */
  public static SitrepServer start(
      ServeOptions options, Ledger ledger, Supplier<ArticleExtractor> extractor)
      throws SQLException {
    ReaderPool readers = new ReaderPool(ledger, options.readers());
    RequestGuard guard = new RequestGuard(options);
    ReadApi reads = new ReadApi(readers, ledger.location().display());
    WriteApi writes = new WriteApi(ledger, extractor);
    AtlasRoutes atlas = new AtlasRoutes();
    byte[] openApi = resource("openapi.json");
    Javalin app =
        Javalin.create(
            config -> {
              configure(config, options);
              config.routes.before(guard::before);
              config.routes.get(
                  OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openApi));
              reads.register(config.routes);
              writes.register(config.routes);
              atlas.register(config.routes);
              errors(config);
            });
    try {
      app.start(options.host(), options.port());
    } catch (RuntimeException e) {
      readers.close();
      throw e;
    }
    return new SitrepServer(app, readers, options);
  }

  private static void configure(JavalinConfig config, ServeOptions options) {
    config.startup.showJavalinBanner = false;
    config.http.maxRequestSize = options.maxRequestBytes();
    config.jsonMapper(new JavalinJackson(ExtractionJson.mapper(), false));
    config.staticFiles.add(
        files -> {
          files.hostedPath = "/";
          files.directory = "/org/sitrep/serve/web";
          files.location = Location.CLASSPATH;
        });
  }

  /** Every error is problem+json, with a detail that says what to change. */
  private static void errors(JavalinConfig config) {
    config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.toProblem(ctx.path())));
    config.routes.exception(
        ReaderPool.Busy.class,
        (e, ctx) ->
            problem(ctx, new Problem("/problems/busy", "Busy", 503, e.getMessage(), ctx.path())));
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) ->
            problem(
                ctx,
                new Problem(
                    "/problems/http-" + e.getStatus(),
                    e.getMessage(),
                    e.getStatus(),
                    detail(e, ctx),
                    ctx.path())));
    config.routes.exception(
        Exception.class,
        (e, ctx) -> {
          // The cause goes to the server's log, not to the client: it may name files and tables.
          System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + " failed");
          e.printStackTrace(System.err);
          problem(
              ctx,
              new Problem(
                  "/problems/internal",
                  "Internal error",
                  500,
                  "the server failed on this request ("
                      + e.getClass().getSimpleName()
                      + "); its log has the cause",
                  ctx.path()));
        });
  }

  private static String detail(HttpResponseException e, Context ctx) {
    return switch (e.getStatus()) {
      case 404 ->
          "nothing is served at " + ctx.path() + "; the API is described at " + OPENAPI_PATH;
      case 413 ->
          "the request body is larger than this server accepts; send fewer articles at once";
      case 405 -> "this path does not take that method; see " + OPENAPI_PATH;
      default -> e.getMessage();
    };
  }

  private static void problem(Context ctx, Problem problem) {
    ctx.status(problem.status());
    ctx.contentType(Problem.MEDIA_TYPE);
    ctx.result(ExtractionJson.write(problem));
  }

  private static byte[] resource(String name) {
    try (InputStream in = SitrepServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  public int port() {
    return app.port();
  }

  /** The base URL, with the loopback address when the server binds only loopback. */
  public String url() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    if (host.equals("0.0.0.0")) {
      host = "127.0.0.1";
    }
    return "http://" + host + ":" + port();
  }

  @Override
  public void close() throws SQLException {
    app.stop();
    readers.close();
  }
}
