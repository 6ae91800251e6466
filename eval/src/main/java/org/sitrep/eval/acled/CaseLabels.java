package org.sitrep.eval.acled;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.eval.TsvTable;
import org.sitrep.model.AcledType;

/**
 * The CASE 2021 Task 2 event-type codes ({@code AIR_STRIKE}, {@code DIPLO}, …) and the ACLED
 * sub-event types they stand for, read from {@code case-labels.tsv}. Immutable and thread-safe.
 */
public final class CaseLabels {
  /** The predicted label of a snippet with no event that ACLED codes. */
  public static final String NONE = "none";

  /** The one class of the all-snippets view that every code outside ACLED, and "none", fall in. */
  public static final String NOT_ACLED = "not ACLED";

  private static final String RESOURCE = "case-labels.tsv";
  private static final int COLUMNS = 5;

  /** One row of the table. */
  private record Row(String code, String subEventType, int precedence) {}

  private final Map<String, Row> byCode;
  private final Map<String, Row> bySubEventType;

  private CaseLabels(List<Row> rows) {
    Map<String, Row> codes = new LinkedHashMap<>();
    Map<String, Row> subEventTypes = new LinkedHashMap<>();
    for (Row row : rows) {
      codes.put(row.code(), row);
      if (row.subEventType() != null) {
        subEventTypes.put(row.subEventType(), row);
      }
    }
    this.byCode = Map.copyOf(codes);
    this.bySubEventType = Map.copyOf(subEventTypes);
  }

  /** The shipped table. */
  public static CaseLabels shipped() {
    return new CaseLabels(read());
  }

  /** Whether {@code code} is one of the task's codes. */
  public boolean isCode(String code) {
    return byCode.containsKey(code);
  }

  /** Whether {@code code} names an ACLED sub-event type (one of the task's 25 "seen" codes). */
  public boolean isAcled(String code) {
    Row row = byCode.get(code);
    return row != null && row.subEventType() != null;
  }

  /** The task's code for an ACLED type, by its sub-event type name; empty when none fits. */
  public Optional<String> code(AcledType type) {
    return Optional.ofNullable(bySubEventType.get(type.subEventType())).map(Row::code);
  }

  /**
   * The rank of the code's ACLED event type for the violent-first rule, 1 first.
   *
   * @throws IllegalArgumentException for a string that is not one of the task's codes
   */
  public int precedence(String code) {
    Row row = byCode.get(code);
    if (row == null) {
      throw new IllegalArgumentException("not a CASE 2021 event-type code: " + code);
    }
    return row.precedence();
  }

  private static List<Row> read() {
    return TsvTable.read(CaseLabels.class, RESOURCE, COLUMNS).stream()
        .map(CaseLabels::row)
        .toList();
  }

  /** A row; a malformed one is a bug in the shipped table, so it fails loudly. */
  private static Row row(List<String> cells) {
    String subEventType = cells.get(2);
    try {
      return new Row(
          cells.get(0),
          subEventType.equals("-") ? null : subEventType,
          Integer.parseInt(cells.get(3)));
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          RESOURCE
              + ": precedence must be an integer, got "
              + cells.get(3)
              + " for "
              + cells.get(0),
          e);
    }
  }
}
