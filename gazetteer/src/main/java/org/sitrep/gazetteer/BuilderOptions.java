package org.sitrep.gazetteer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The command-line options of {@link GazetteerBuilder#main(String[])}. */
final class BuilderOptions {
  private static final Set<String> KNOWN =
      Set.of("npm", "geonames", "admin1", "admin2", "countries", "states", "out");
  private static final List<String> DUMP_OPTIONS =
      List.of("geonames", "admin1", "admin2", "countries", "states");

  private BuilderOptions() {}

  static Map<String, Path> parse(String[] args) {
    Map<String, Path> options = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (!KNOWN.contains(name)) {
        throw new IllegalArgumentException(
            "unknown gazetteer builder option '"
                + args[i]
                + "'; known: --"
                + String.join(", --", KNOWN));
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "gazetteer builder option " + args[i] + " needs a value");
      }
      options.put(name, Path.of(args[i + 1]));
    }
    if (!options.containsKey("out")) {
      throw new IllegalArgumentException("gazetteer builder needs --out FILE");
    }
    if (!options.containsKey("npm")) {
      for (String required : DUMP_OPTIONS) {
        if (!options.containsKey(required)) {
          throw new IllegalArgumentException(
              "gazetteer builder needs --npm DIR, or --"
                  + String.join(" --", DUMP_OPTIONS)
                  + "; missing --"
                  + required);
        }
      }
    }
    return options;
  }
}
