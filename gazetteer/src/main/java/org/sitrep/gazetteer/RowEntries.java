package org.sitrep.gazetteer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.PlaceFeature;

/** Turns GeoNames rows and located divisions into entries of an {@link IndexDraft}. */
final class RowEntries {
  private final IndexDraft draft;
  private final Map<String, String> admin1Names;
  private final Map<String, String> admin2Names;

  RowEntries(IndexDraft draft, Map<String, String> admin1Names, Map<String, String> admin2Names) {
    this.draft = draft;
    this.admin1Names = admin1Names;
    this.admin2Names = admin2Names;
  }

  /** The kind of a GeoNames class-A feature code the gazetteer keeps, or null. */
  static PlaceFeature divisionKind(String featureCode) {
    return switch (featureCode) {
      case "ADM1" -> PlaceFeature.ADMIN1;
      case "ADM2" -> PlaceFeature.ADMIN2;
      case "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL" -> PlaceFeature.COUNTRY;
      default -> null;
    };
  }

  /**
   * Adds one country per ISO code: the dump's PCL row when there is one (its GeoNames id and
   * names), else the country list's entry; the country list's name is indexed either way.
   */
  int addCountries(List<GeoNamesRow> rows, List<DivisionSources.Country> countries) {
    Map<String, GeoNamesRow> dumpRows = new HashMap<>();
    for (GeoNamesRow row : rows) {
      if (row.featureClass().equals("A")
          && divisionKind(row.featureCode()) == PlaceFeature.COUNTRY) {
        dumpRows.merge(row.countryCode(), row, (a, b) -> a.featureCode().equals("PCLI") ? a : b);
      }
    }
    int added = 0;
    for (DivisionSources.Country country : countries) {
      GeoNamesRow row = dumpRows.remove(country.isoCode());
      int id;
      if (row != null) {
        id = add(row, PlaceFeature.COUNTRY);
      } else {
        id =
            draft.add(
                new GazetteerEntry(
                    draft.nextIndex(),
                    null,
                    country.name(),
                    country.isoCode(),
                    null,
                    null,
                    null,
                    null,
                    country.lat(),
                    country.lon(),
                    0,
                    "PCLI",
                    PlaceFeature.COUNTRY,
                    false));
      }
      draft.addName(country.name(), id);
      added++;
    }
    for (GeoNamesRow row : dumpRows.values()) {
      add(row, PlaceFeature.COUNTRY);
      added++;
    }
    return added;
  }

  /** Adds a GeoNames row as an entry of {@code kind}, under its name and Latin alternate names. */
  int add(GeoNamesRow row, PlaceFeature kind) {
    boolean country = kind == PlaceFeature.COUNTRY;
    boolean admin1 = kind == PlaceFeature.ADMIN1;
    String admin1Key = row.countryCode() + "." + row.admin1Code();
    String admin2Key = admin1Key + "." + row.admin2Code();
    int id =
        draft.add(
            new GazetteerEntry(
                draft.nextIndex(),
                row.geonamesId(),
                row.name(),
                row.countryCode(),
                country || row.admin1Code().isEmpty() ? null : row.admin1Code(),
                country ? null : admin1Names.getOrDefault(admin1Key, admin1 ? row.name() : null),
                country || admin1 || row.admin2Code().isEmpty() ? null : row.admin2Code(),
                country || admin1
                    ? null
                    : admin2Names.getOrDefault(
                        admin2Key, kind == PlaceFeature.ADMIN2 ? row.name() : null),
                row.lat(),
                row.lon(),
                row.population(),
                row.featureCode(),
                kind,
                false));
    draft.addName(row.asciiName(), id);
    for (String alternate : row.alternateNames()) {
      if (indexable(alternate)) {
        draft.addName(alternate, id);
      }
    }
    return id;
  }

  /** Adds a division located from its name and towns; {@code code} is [cc, admin1(, admin2)]. */
  int addDivision(
      String[] code, String name, DivisionLocator.Point point, DivisionLocator locator) {
    return addDivision(code, name, point.lat(), point.lon(), false, locator);
  }

  /**
   * Adds a district that nothing locates at the coordinate of its province, marked approximate: the
   * name still tells which province it lies in, which is what most readers need.
   */
  int addApproximateDistrict(
      String[] code, String name, GazetteerEntry province, DivisionLocator locator) {
    return addDivision(code, name, province.lat(), province.lon(), true, locator);
  }

  private int addDivision(
      String[] code,
      String name,
      double lat,
      double lon,
      boolean approximate,
      DivisionLocator locator) {
    boolean admin2 = code.length == 3;
    int id =
        draft.add(
            new GazetteerEntry(
                draft.nextIndex(),
                null,
                name,
                code[0],
                code[1],
                admin2 ? admin1Names.get(code[0] + "." + code[1]) : name,
                admin2 ? code[2] : null,
                admin2 ? name : null,
                lat,
                lon,
                0,
                admin2 ? "ADM2" : "ADM1",
                admin2 ? PlaceFeature.ADMIN2 : PlaceFeature.ADMIN1,
                approximate));
    draft.addName(locator.matchKey(name), id);
    return id;
  }

  /**
   * Whether an alternate name goes into the index: Latin script only (to keep the index compact),
   * and not a code such as an airport's "KBL" or a postal code, which would match ordinary words.
   */
  static boolean indexable(String alternate) {
    if (alternate.length() < 2 || !NameKey.isLatinScript(alternate)) {
      return false;
    }
    if (alternate.chars().anyMatch(Character::isDigit) || alternate.contains("http")) {
      return false;
    }
    boolean shortCode = alternate.length() <= 4 && alternate.equals(alternate.toUpperCase());
    return !shortCode;
  }
}
