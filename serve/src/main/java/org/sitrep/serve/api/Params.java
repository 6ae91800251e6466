package org.sitrep.serve.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.EventType;

/**
 * Query parameters, read and checked: a value that breaks a rule is a 400 that names the parameter
 * and the rule, never a silently ignored filter.
 */
final class Params {
  /** A page reaches at most this far into a list; deeper reading is what exports are for. */
  static final int MAX_DEPTH = 10_000;

  static final int MAX_LIMIT = 500;
  static final int DEFAULT_LIMIT = 50;
  private static final int MAX_TEXT = 200;
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Refuses parameters the endpoint does not know: a misspelt filter must not list everything. */
  Params only(Set<String> known) {
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        throw ApiProblem.badParameter(
            name,
            "unknown parameter "
                + name
                + "; this endpoint takes "
                + String.join(", ", known.stream().sorted().toList()));
      }
    }
    return this;
  }

  /** A free-text parameter (a name), trimmed; null when absent or blank. */
  String text(String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return null;
    }
    value = value.strip();
    if (value.length() > MAX_TEXT || CONTROL.matcher(value).find()) {
      throw ApiProblem.badParameter(
          name, name + " must be at most " + MAX_TEXT + " characters without control characters");
    }
    return value;
  }

  /** A required free-text parameter. */
  String requiredText(String name) {
    String value = text(name);
    if (value == null) {
      throw ApiProblem.badParameter(name, name + " is required");
    }
    return value;
  }

  LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badParameter(name, name + " must be a date YYYY-MM-DD, got " + value);
    }
  }

  int integer(String name, int fallback, int min, int max) {
    String value = text(name);
    if (value == null) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiProblem.badParameter(name, name + " must be an integer, got " + value);
    }
    if (parsed < min || parsed > max) {
      throw ApiProblem.badParameter(
          name, name + " must be in " + min + ".." + max + ", got " + parsed);
    }
    return parsed;
  }

  boolean flag(String name) {
    String value = text(name);
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiProblem.badParameter(name, name + " must be true or false, got " + value);
    };
  }

  /** A PLOVER event type, upper case. */
  String eventType(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return EventType.valueOf(value.toUpperCase(Locale.ROOT)).name();
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badParameter(
          name, name + " must be a PLOVER event type (ASSAULT, PROTEST …), got " + value);
    }
  }

  int limit() {
    return integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  /** The offset, such that the page ends within {@link #MAX_DEPTH}. */
  int offset(int limit) {
    return integer("offset", 0, 0, MAX_DEPTH - limit);
  }

  /** The request's path and query with {@code offset} set to {@code next}. */
  String nextPage(int next) {
    StringBuilder query = new StringBuilder();
    ctx.queryParamMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("offset")) {
                for (String value : values) {
                  query.append(query.length() == 0 ? "?" : "&");
                  query.append(encode(name)).append('=').append(encode(value));
                }
              }
            });
    query.append(query.length() == 0 ? "?" : "&").append("offset=").append(next);
    return ctx.path() + query;
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }
}
