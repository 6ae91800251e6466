package org.sitrep.model;

import java.util.Objects;

/**
 * A relation between two actors that a claim asserts: in "al-Shabaab denies that it has joined
 * forces with the Islamic State", the denial's content holds {@code allied(it = al-Shabaab, Islamic
 * State)}.
 *
 * <p>The stance toward the relation is the claim's ({@code deny} above); {@code negated} is for a
 * relation the content itself says does not hold or has ended ("the two groups have stopped
 * fighting each other" is {@code at-odds}, negated).
 *
 * @param relation allied, at odds, or supports (the subject backs the object)
 * @param subject the first actor as the text names it, resolved to an entity when one fits
 * @param object the second actor
 * @param negated the content says the relation does not hold or no longer holds
 * @param start start of the words that state the relation ("joined forces", "at odds")
 */
public record RelationClaim(
    RelationType relation,
    Argument subject,
    Argument object,
    boolean negated,
    int start,
    int end,
    String text) {
  public RelationClaim {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    new TextSpan(start, end, text);
  }

  public Span span() {
    return new Span(start, end);
  }
}
