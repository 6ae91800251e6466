package org.sitrep.gazetteer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.sitrep.model.PlaceFeature;

/**
 * The binary gazetteer index: a gzip stream of entries, then name keys with the entry numbers they
 * name, then demonyms. Written by {@link GazetteerBuilder}, read by {@link Gazetteer}.
 */
final class IndexFile {
  private static final int MAGIC = 0x53475a31; // "SGZ1"
  private static final int VERSION = 2;
  private static final PlaceFeature[] KINDS = PlaceFeature.values();

  private IndexFile() {}

  static void write(
      OutputStream target,
      List<GazetteerEntry> entries,
      Map<String, int[]> keys,
      Map<String, String> demonyms)
      throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(target, 1 << 16), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(entries.size());
      for (GazetteerEntry entry : entries) {
        writeEntry(out, entry);
      }
      out.writeInt(keys.size());
      // Sorted, so that the same inputs give the same bytes (reproducible builds).
      for (Map.Entry<String, int[]> key : new TreeMap<>(keys).entrySet()) {
        out.writeUTF(key.getKey());
        out.writeInt(key.getValue().length);
        for (int id : key.getValue()) {
          out.writeInt(id);
        }
      }
      out.writeInt(demonyms.size());
      for (Map.Entry<String, String> demonym : new TreeMap<>(demonyms).entrySet()) {
        out.writeUTF(demonym.getKey());
        out.writeUTF(demonym.getValue());
      }
    }
  }

  private static void writeEntry(DataOutputStream out, GazetteerEntry entry) throws IOException {
    out.writeLong(entry.geonamesId() == null ? -1 : entry.geonamesId());
    out.writeUTF(entry.name());
    out.writeUTF(orEmpty(entry.countryCode()));
    out.writeUTF(orEmpty(entry.admin1Code()));
    out.writeUTF(orEmpty(entry.admin1Name()));
    out.writeUTF(orEmpty(entry.admin2Code()));
    out.writeUTF(orEmpty(entry.admin2Name()));
    out.writeDouble(entry.lat());
    out.writeDouble(entry.lon());
    out.writeLong(entry.population());
    out.writeUTF(entry.featureCode());
    out.writeByte(entry.kind().ordinal());
    out.writeBoolean(entry.approximate());
  }

  static Gazetteer read(InputStream source, String origin) throws IOException {
    try (DataInputStream in =
        new DataInputStream(
            new BufferedInputStream(new GZIPInputStream(source, 1 << 16), 1 << 16))) {
      if (in.readInt() != MAGIC) {
        throw new IOException(origin + " is not a sitrep gazetteer index (bad magic number)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            origin + " has index version " + version + ", this code reads " + VERSION);
      }
      Map<String, String> shared = new HashMap<>();
      int entryCount = in.readInt();
      List<GazetteerEntry> entries = new ArrayList<>(entryCount);
      for (int i = 0; i < entryCount; i++) {
        entries.add(readEntry(in, i, shared));
      }
      int keyCount = in.readInt();
      Map<String, int[]> keys = new HashMap<>(keyCount * 4 / 3 + 1);
      for (int k = 0; k < keyCount; k++) {
        String key = in.readUTF();
        int[] ids = new int[in.readInt()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = in.readInt();
        }
        keys.put(key, ids);
      }
      int demonymCount = in.readInt();
      Map<String, String> demonyms = new HashMap<>();
      for (int d = 0; d < demonymCount; d++) {
        demonyms.put(in.readUTF(), in.readUTF());
      }
      return new Gazetteer(entries, keys, demonyms);
    }
  }

  private static GazetteerEntry readEntry(DataInputStream in, int index, Map<String, String> shared)
      throws IOException {
    long geonamesId = in.readLong();
    String name = in.readUTF();
    String country = share(in.readUTF(), shared);
    String admin1Code = share(in.readUTF(), shared);
    String admin1Name = share(in.readUTF(), shared);
    String admin2Code = share(in.readUTF(), shared);
    String admin2Name = share(in.readUTF(), shared);
    double lat = in.readDouble();
    double lon = in.readDouble();
    long population = in.readLong();
    String featureCode = share(in.readUTF(), shared);
    PlaceFeature kind = KINDS[in.readUnsignedByte()];
    boolean approximate = in.readBoolean();
    return new GazetteerEntry(
        index,
        geonamesId < 0 ? null : geonamesId,
        name,
        emptyToNull(country),
        emptyToNull(admin1Code),
        emptyToNull(admin1Name),
        emptyToNull(admin2Code),
        emptyToNull(admin2Name),
        lat,
        lon,
        population,
        featureCode,
        kind,
        approximate);
  }

  /** Admin codes and names repeat across thousands of entries; keep one copy of each. */
  private static String share(String value, Map<String, String> shared) {
    return shared.computeIfAbsent(value, v -> v);
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String emptyToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
