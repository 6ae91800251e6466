package org.sitrep.serve;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sitrep.atlas.Atlas;
import org.sitrep.serve.api.ApiProblem;

/**
 * The map's outlines from the atlas module: the world's countries, one country's provinces, the
 * list of countries, and the script that draws them. Nothing comes from a tile server.
 */
final class AtlasRoutes {
  private final Atlas atlas = Atlas.load();
  private final byte[] world = atlas.world().orElseThrow();
  private final byte[] index = resource("index.json");
  private final byte[] script = resource("atlas.js");

  void register(RoutesConfig routes) {
    routes.get("/atlas/world.json", ctx -> json(ctx, world));
    routes.get("/atlas/index.json", ctx -> json(ctx, index));
    routes.get("/atlas/atlas.js", ctx -> send(ctx, "text/javascript", script));
    routes.get("/atlas/provinces/{country}", this::provinces);
  }

  private void provinces(Context ctx) {
    String file = ctx.pathParam("country");
    String code = file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    json(
        ctx,
        atlas
            .provinces(code)
            .orElseThrow(() -> ApiProblem.notFound("province outlines for country", code)));
  }

  private static void json(Context ctx, byte[] bytes) {
    send(ctx, "application/json", bytes);
  }

  private static void send(Context ctx, String type, byte[] bytes) {
    // Outlines do not change while a release runs; a day of caching spares the map's reloads.
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.contentType(type).result(bytes);
  }

  private static byte[] resource(String name) {
    try (InputStream in = Atlas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the atlas resource " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the atlas resource " + name, e);
    }
  }
}
