package org.sitrep.gazetteer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.PlaceFeature;

/**
 * Adds the curated names to a draft index: country aliases ("U.S.", "Burma"), spelling variants of
 * divisions ("Ningarhar", "Oruzgan"), and the demonym table ("Afghans" → AF).
 *
 * @param demonyms demonym key to ISO2 code
 * @param notes what could not be applied as written, for the build log
 */
record CuratedNames(Map<String, String> demonyms, List<String> notes) {
  static final String ALIASES = "country-aliases.tsv";
  static final String DEMONYMS = "demonyms.tsv";
  static final String VARIANTS = "place-variants.tsv";
  static final String REGIONS = "regions.tsv";

  CuratedNames {
    demonyms = Map.copyOf(demonyms);
    notes = List.copyOf(notes);
  }

  static CuratedNames apply(IndexDraft draft) throws IOException {
    Map<String, Integer> countries = new HashMap<>();
    Map<String, Integer> admin1s = new HashMap<>();
    for (GazetteerEntry entry : draft.entries()) {
      if (entry.kind() == PlaceFeature.COUNTRY) {
        countries.putIfAbsent(entry.countryCode(), (int) entry.index());
      } else if (entry.kind() == PlaceFeature.ADMIN1) {
        admin1s.putIfAbsent(entry.countryCode() + "." + entry.admin1Code(), (int) entry.index());
      }
    }
    List<String> notes = new ArrayList<>();
    TsvTable aliases = TsvTable.fromResource(ALIASES);
    for (List<String> row : aliases.rows()) {
      Integer id = countries.get(aliases.cell(row, "country"));
      if (id == null) {
        notes.add(ALIASES + ": no country " + aliases.cell(row, "country") + " for " + row.get(0));
      } else {
        draft.addName(aliases.cell(row, "alias"), id);
      }
    }
    addVariants(draft, admin1s, notes);
    addRegions(draft);
    return new CuratedNames(readDemonyms(), notes);
  }

  /** The demonym table; one demonym naming two countries is a data error. */
  static Map<String, String> readDemonyms() throws IOException {
    TsvTable table = TsvTable.fromResource(DEMONYMS);
    Map<String, String> demonyms = new HashMap<>();
    for (List<String> row : table.rows()) {
      String key = NameKey.of(table.cell(row, "demonym"));
      String country = table.cell(row, "country");
      String earlier = demonyms.putIfAbsent(key, country);
      if (earlier != null && !earlier.equals(country)) {
        throw new IllegalArgumentException(
            DEMONYMS + ": demonym '" + key + "' names both " + earlier + " and " + country);
      }
    }
    return demonyms;
  }

  private static void addVariants(
      IndexDraft draft, Map<String, Integer> admin1s, List<String> notes) throws IOException {
    TsvTable table = TsvTable.fromResource(VARIANTS);
    for (List<String> row : table.rows()) {
      String variant = table.cell(row, "variant");
      String country = table.cell(row, "country");
      String admin1 = table.cell(row, "admin1");
      Integer province = admin1s.get(country + "." + admin1);
      if (province == null) {
        notes.add(VARIANTS + ": no admin1 " + country + "." + admin1 + " for " + variant);
        continue;
      }
      Set<Integer> targets = new LinkedHashSet<>();
      if (table.cell(row, "kind").equals("admin1")) {
        targets.add(province);
      } else {
        targets.addAll(sameNameWithin(draft, table.cell(row, "canonical"), country, admin1));
      }
      if (targets.isEmpty()) {
        notes.add(
            VARIANTS
                + ": '"
                + variant
                + "' has no "
                + table.cell(row, "kind")
                + " in "
                + country
                + "."
                + admin1
                + " (no coordinate); it names the province instead");
        targets.add(province);
      }
      targets.forEach(id -> draft.addName(variant, id));
    }
  }

  /** Continents and regions ("Africa", "the Middle East", "Darfur"), under all their names. */
  private static void addRegions(IndexDraft draft) throws IOException {
    TsvTable table = TsvTable.fromResource(REGIONS);
    for (List<String> row : table.rows()) {
      String[] names = table.cell(row, "names").split("\\|");
      String country = table.cell(row, "country");
      int id =
          draft.add(
              new GazetteerEntry(
                  draft.nextIndex(),
                  null,
                  names[0],
                  country.equals("-") ? null : country,
                  null,
                  null,
                  null,
                  null,
                  Double.parseDouble(table.cell(row, "lat")),
                  Double.parseDouble(table.cell(row, "lon")),
                  0,
                  "RGN",
                  PlaceFeature.REGION,
                  false));
      for (String name : names) {
        draft.addName(name, id);
      }
    }
  }

  /** Districts and towns called {@code canonical} inside one province. */
  private static List<Integer> sameNameWithin(
      IndexDraft draft, String canonical, String country, String admin1) {
    return draft.idsOf(canonical).stream()
        .filter(
            id -> {
              GazetteerEntry entry = draft.entry(id);
              return entry.countryCode().equals(country)
                  && admin1.equals(entry.admin1Code())
                  && (entry.kind() == PlaceFeature.ADMIN2
                      || entry.kind() == PlaceFeature.POPULATED_PLACE);
            })
        .toList();
  }
}
