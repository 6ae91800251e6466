package org.sitrep.store.query;

import java.util.List;
import java.util.Objects;

/**
 * What the ledger knows of an actor: its identity, every alias it was found under, the roles it
 * held, the people who held roles in it (in succession), and how each mention was resolved.
 *
 * @param parent the organisation it is a branch of, or null
 * @param branches actors recorded as branches of it
 * @param roles roles the actor held ("leader of Islamic State Khorasan Province, 2015-01 to
 *     2016-07")
 * @param members roles others held in it or its branches, in order of their start: for a group, its
 *     leaders in succession
 * @param decisions the resolution trail: each article's mention, the rule that resolved it
 * @param events how many ledger events it takes part in
 */
public record ActorProfile(
    String id,
    String name,
    String kind,
    String actorType,
    String countryCode,
    boolean fromCatalog,
    String parent,
    List<String> branches,
    List<String> aliases,
    List<Role> roles,
    List<Role> members,
    List<Decision> decisions,
    int events) {
  public ActorProfile {
    Objects.requireNonNull(id, "id");
    branches = List.copyOf(branches);
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    members = List.copyOf(members);
    decisions = List.copyOf(decisions);
  }

  /**
   * A role held, with the articles that say so.
   *
   * @param from YYYY[-MM[-DD]] or null
   * @param until YYYY[-MM[-DD]] or null
   */
  public record Role(
      String actorId,
      String actorName,
      String role,
      String organization,
      String organizationName,
      String from,
      String until,
      List<String> articles) {
    public Role {
      articles = List.copyOf(articles);
    }
  }

  /** One resolution decision: this article's entity was resolved to this actor by this rule. */
  public record Decision(
      String articleId, String entityId, String name, String rule, double score, String detail) {}
}
