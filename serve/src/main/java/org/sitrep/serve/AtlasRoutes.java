package org.sitrep.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.sitrep.serve.api.ApiProblem;

/**
 * The map's outlines, served from the atlas module's resources: the world's countries, one
 * country's provinces, and the script that draws them. Nothing comes from a tile server.
 */
final class AtlasRoutes {
  private static final String ROOT = "/org/sitrep/atlas/";
  private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

  /** Outlines do not change while the server runs: each file is read once. */
  private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

  void register(RoutesConfig routes) {
    routes.get("/atlas/world.json", ctx -> send(ctx, "world.json", "application/json"));
    routes.get("/atlas/index.json", ctx -> send(ctx, "index.json", "application/json"));
    routes.get("/atlas/atlas.js", ctx -> send(ctx, "atlas.js", "text/javascript"));
    routes.get("/atlas/provinces/{country}", this::provinces);
  }

  private void provinces(Context ctx) {
    String file = ctx.pathParam("country");
    String code = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    if (!COUNTRY.matcher(code).matches()) {
      throw ApiProblem.badParameter(
          "country", "a country is two letters (ISO 3166-1 alpha-2), got " + code);
    }
    send(ctx, "provinces/" + code.toUpperCase(Locale.ROOT) + ".json", "application/json");
  }

  private void send(Context ctx, String name, String type) {
    byte[] bytes =
        cache
            .computeIfAbsent(name, AtlasRoutes::read)
            .orElseThrow(() -> ApiProblem.notFound("outline file", name));
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type).result(bytes);
  }

  private static Optional<byte[]> read(String name) {
    try (InputStream in = AtlasRoutes.class.getResourceAsStream(ROOT + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the atlas resource " + name, e);
    }
  }
}
