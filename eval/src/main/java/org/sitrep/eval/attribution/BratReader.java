package org.sitrep.eval.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Span;

/**
 * Reads PolNeAR's brat standoff files: {@code T} lines ({@code T12\tSource 10 20;25 30\ttext}) and
 * the attribution relations over them ({@code E3\tAttribution:T12 Cue:T11 Source:T10 Content:T9}).
 *
 * <p>Only {@code Attribution} and {@code Attribution-no-source} relations are read; {@code Discuss}
 * and {@code Discard} spans, and any other line, are left alone. A role may repeat or carry a
 * number ({@code Content2}); its spans are joined into one {@link FragmentedSpan}. A role may be
 * missing ({@code E21\tAttribution-no-source:T83}); what is there is kept.
 *
 * <p>brat counts offsets in Unicode code points; sitrep in Java chars. They differ only after a
 * character outside the Basic Multilingual Plane, so the offsets are converted when the text holds
 * one. Every span's recorded text is checked against the slice it points at; a mismatch is counted
 * and reported, never silently dropped.
 */
public final class BratReader {
  private static final Set<String> ATTRIBUTIONS = Set.of("Attribution", "Attribution-no-source");

  private BratReader() {}

  /**
   * Reads {@code ann}, the annotations of {@code text}.
   *
   * @param name the file's name, for messages
   */
  public static BratAnnotations read(String name, String text, String ann) {
    boolean codePoints = text.length() != text.codePointCount(0, text.length());
    Map<String, FragmentedSpan> spans = new HashMap<>();
    List<String> problems = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    int read = 0;
    int mismatches = 0;
    for (String line : ann.split("\n")) {
      line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (line.startsWith("T")) {
        read++;
        String[] fields = line.split("\t", 3);
        List<Span> fragments = fragments(name, text, fields, codePoints, problems);
        if (fragments == null) {
          continue;
        }
        spans.put(fields[0], new FragmentedSpan(fragments));
        String written = fields.length > 2 ? fields[2] : "";
        if (!slices(text, fragments).equals(written)) {
          mismatches++;
          problems.add(name + " " + fields[0] + ": text '" + written + "' is not its slice");
        }
      } else if (line.startsWith("E")) {
        relations.add(line);
      }
    }
    List<GoldAttribution> attributions = new ArrayList<>();
    for (String line : relations) {
      GoldAttribution attribution = relation(name, line, spans, problems);
      if (attribution != null) {
        attributions.add(attribution);
      }
    }
    return new BratAnnotations(attributions, read, mismatches, codePoints, problems);
  }

  /** The fragments' slices in the order brat wrote them, joined by single spaces. */
  private static String slices(String text, List<Span> fragments) {
    StringBuilder joined = new StringBuilder();
    for (Span fragment : fragments) {
      joined.append(joined.length() == 0 ? "" : " ").append(fragment.slice(text));
    }
    return joined.toString();
  }

  /** The fragments of a {@code T} line, in written order; null (and a problem) when unreadable. */
  private static List<Span> fragments(
      String name, String text, String[] fields, boolean codePoints, List<String> problems) {
    String[] typeAndRanges = fields.length > 1 ? fields[1].split(" ", 2) : new String[0];
    if (typeAndRanges.length < 2) {
      problems.add(name + " " + fields[0] + ": no type and offsets");
      return null;
    }
    List<Span> fragments = new ArrayList<>();
    for (String range : typeAndRanges[1].split(";")) {
      String[] offsets = range.trim().split(" ");
      try {
        int start = charOffset(text, Integer.parseInt(offsets[0]), codePoints);
        int end = charOffset(text, Integer.parseInt(offsets[offsets.length - 1]), codePoints);
        if (offsets.length != 2 || end > text.length()) {
          throw new IllegalArgumentException("range '" + range + "'");
        }
        fragments.add(new Span(start, end));
      } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
        problems.add(name + " " + fields[0] + ": bad offsets '" + typeAndRanges[1] + "'");
        return null;
      }
    }
    return fragments;
  }

  private static int charOffset(String text, int offset, boolean codePoints) {
    return codePoints ? text.offsetByCodePoints(0, offset) : offset;
  }

  private static GoldAttribution relation(
      String name, String line, Map<String, FragmentedSpan> spans, List<String> problems) {
    String[] fields = line.split("\t");
    String[] arguments = fields.length > 1 ? fields[1].trim().split("\\s+") : new String[0];
    if (arguments.length == 0 || !ATTRIBUTIONS.contains(arguments[0].split(":")[0])) {
      return null;
    }
    Map<Role, List<Span>> roles = new EnumMap<>(Role.class);
    for (int i = 1; i < arguments.length; i++) {
      String[] roleAndId = arguments[i].split(":");
      Role role = roleAndId.length == 2 ? role(roleAndId[0]) : null;
      FragmentedSpan span = roleAndId.length == 2 ? spans.get(roleAndId[1]) : null;
      if (role == null || span == null) {
        problems.add(name + " " + fields[0] + ": cannot read argument '" + arguments[i] + "'");
        continue;
      }
      roles.computeIfAbsent(role, r -> new ArrayList<>()).addAll(span.fragments());
    }
    return new GoldAttribution(
        fields[0],
        joined(roles, Role.SOURCE),
        joined(roles, Role.CUE),
        joined(roles, Role.CONTENT));
  }

  /** {@code Source}, {@code Cue2}, …: the role with any number brat adds to a repeated one. */
  private static Role role(String written) {
    String bare = written.replaceFirst("\\d+$", "");
    for (Role role : Role.values()) {
      if (role.label().equals(bare)) {
        return role;
      }
    }
    return null;
  }

  private static FragmentedSpan joined(Map<Role, List<Span>> roles, Role role) {
    List<Span> fragments = roles.get(role);
    return fragments == null ? null : new FragmentedSpan(fragments);
  }
}
