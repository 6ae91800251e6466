package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The gazetteer while the builder fills it: entries in order and name keys to entry numbers. */
final class IndexDraft {
  private final List<GazetteerEntry> entries = new ArrayList<>();
  private final Map<String, Set<Integer>> keys = new HashMap<>();

  int nextIndex() {
    return entries.size();
  }

  /** Adds the entry (whose index must be {@link #nextIndex()}) under its own name. */
  int add(GazetteerEntry entry) {
    if (entry.index() != entries.size()) {
      throw new IllegalArgumentException(
          "entry " + entry.name() + " has index " + entry.index() + ", expected " + entries.size());
    }
    entries.add(entry);
    addName(entry.name(), (int) entry.index());
    return (int) entry.index();
  }

  /** Makes {@code name} find entry {@code id}; names without letters or digits are ignored. */
  void addName(String name, int id) {
    String key = NameKey.of(name);
    if (!key.isEmpty()) {
      keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(id);
    }
  }

  List<Integer> idsOf(String name) {
    return List.copyOf(keys.getOrDefault(NameKey.of(name), Set.of()));
  }

  GazetteerEntry entry(int id) {
    return entries.get(id);
  }

  List<GazetteerEntry> entries() {
    return List.copyOf(entries);
  }

  /**
   * The key map with each key's entries ordered countries, admin1, admin2, places, then by
   * descending population, so that callers that take the first candidate take the likeliest.
   */
  Map<String, int[]> sortedKeys() {
    Comparator<Integer> order =
        Comparator.<Integer>comparingInt(id -> entries.get(id).kind().ordinal())
            .thenComparing(id -> -entries.get(id).population())
            .thenComparingInt(id -> id);
    Map<String, int[]> sorted = new HashMap<>(keys.size() * 4 / 3 + 1);
    keys.forEach(
        (key, ids) ->
            sorted.put(key, ids.stream().sorted(order).mapToInt(Integer::intValue).toArray()));
    return sorted;
  }

  int keyCount() {
    return keys.size();
  }
}
