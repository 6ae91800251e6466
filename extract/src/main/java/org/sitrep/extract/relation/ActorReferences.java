package org.sitrep.extract.relation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.entity.ActorCatalog;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Argument;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.TextSpan;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.Token;

/**
 * Reads a relation's actor from the head word of its phrase: a named entity; a pronoun ("they") or
 * a definite group noun ("the jihadists", "the group") as the group named last before it; or an
 * unnamed group ("other militant groups") kept as written. Anything else (a place of fighting, an
 * event, an abstract noun) is not an actor.
 *
 * <p>Immutable after construction; lives for one article.
 */
public final class ActorReferences {
  /** How far back, in characters, a pronoun or "the group" may look for the group it means. */
  private static final int REACH = 1500;

  private static final Set<String> PRONOUNS =
      Set.of("they", "them", "it", "which", "who", "that", "whom");
  private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those", "that");
  private static final Set<EntityKind> GROUP_KINDS =
      Set.of(EntityKind.GROUP, EntityKind.ORGANIZATION, EntityKind.COUNTRY);
  private static final Set<String> GROUP_NOUNS =
      TsvResource.readMap(ActorReferences.class, "group-nouns.tsv").keySet();

  /** One mention of an entity, for looking back. */
  private record Mention(int start, int end, Entity entity) {}

  private final DependencyGraph graph;
  private final EntityIndex entities;
  private final ActorCatalog catalog;
  private final List<Mention> mentions = new ArrayList<>();

  public ActorReferences(DependencyGraph graph, EntityIndex entities, ActorCatalog catalog) {
    this.graph = graph;
    this.entities = entities;
    this.catalog = catalog;
    for (Entity entity : entities.entities()) {
      for (TextSpan mention : entity.mentions()) {
        mentions.add(new Mention(mention.start(), mention.end(), entity));
      }
    }
    mentions.sort(Comparator.comparingInt(Mention::start));
  }

  /**
   * The actor whose phrase {@code head} heads.
   *
   * @param other the entity id of the relation's other actor, which this one cannot be (or null)
   */
  public Optional<Argument> resolve(int head, String other) {
    Token token = graph.token(head);
    int[] phrase = graph.phrase(head);
    int start = graph.token(phrase[0]).start();
    int end = graph.token(phrase[1] - 1).end();
    String written = graph.text().text().substring(start, end);
    Optional<Entity> named = entities.covering(token.start(), token.end());
    if (named.isPresent() && named.get().kind() != EntityKind.OTHER) {
      return Optional.of(argument(named.get(), start, end, written));
    }
    String word = token.text().toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(word)) {
      return antecedent(token.start(), other, GROUP_KINDS, null)
          .map(e -> argument(e, start, end, written));
    }
    Optional<String> genericType = catalog.genericType(token.lemma());
    boolean groupNoun = GROUP_NOUNS.contains(token.lemma().toLowerCase(Locale.ROOT));
    if (genericType.isEmpty() && !groupNoun) {
      boolean proper = token.pos().startsWith("NNP");
      return proper
          ? Optional.of(new Argument(written, null, null, null, start, end, written))
          : Optional.empty();
    }
    if (counted(head)) {
      // "the two groups" names both actors at once: the caller reads them from context.
      return Optional.empty();
    }
    if (definite(head)) {
      Optional<Entity> antecedent =
          antecedent(token.start(), other, Set.of(EntityKind.GROUP), genericType.orElse(null));
      if (antecedent.isPresent()) {
        return Optional.of(argument(antecedent.get(), start, end, written));
      }
    }
    return Optional.of(
        new Argument(unnamed(phrase), null, null, genericType.orElse(null), start, end, written));
  }

  /**
   * The actor a name stands for where it is not a token of its own ("Iran" of "Iran-backed"): the
   * entity that has a mention or name written so, else the name as written.
   */
  public Optional<Argument> named(String name, int start, int end) {
    String written = graph.text().text().substring(start, end);
    for (Mention mention : mentions) {
      Entity entity = mention.entity();
      String mentioned = graph.text().text().substring(mention.start(), mention.end());
      if (mentioned.equalsIgnoreCase(name) || entity.name().equalsIgnoreCase(name)) {
        return Optional.of(argument(entity, start, end, written));
      }
    }
    return Optional.of(new Argument(name, null, null, null, start, end, written));
  }

  /**
   * The entity of one of {@code kinds} named last before {@code offset}; for a generic noun, one of
   * the same kind of force ("the troops" are a state's, "the jihadists" are not).
   */
  private Optional<Entity> antecedent(
      int offset, String other, Set<EntityKind> kinds, String genericType) {
    boolean state = "state forces".equals(genericType);
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Mention mention = mentions.get(i);
      if (mention.end() > offset) {
        continue;
      }
      if (offset - mention.end() > REACH) {
        break;
      }
      Entity entity = mention.entity();
      if (entity.id().equals(other) || !kinds.contains(entity.kind())) {
        continue;
      }
      boolean stateEntity =
          "state forces".equals(entity.actorType()) || entity.kind() == EntityKind.COUNTRY;
      if (genericType == null || state == stateEntity) {
        return Optional.of(entity);
      }
    }
    return Optional.empty();
  }

  private boolean definite(int head) {
    for (int child : graph.children(head, "det")) {
      if (DEFINITE.contains(graph.token(child).text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private boolean counted(int head) {
    return graph.hasChild(head, "nummod")
        || graph.children(head, "det").stream()
            .anyMatch(c -> graph.token(c).text().equalsIgnoreCase("both"));
  }

  /** "other militant groups" as "militant groups": the phrase without its determiners. */
  private String unnamed(int[] phrase) {
    int first = phrase[0];
    while (first < phrase[1] - 1
        && Set.of("DT", "PDT", "JJ").contains(graph.token(first).pos())
        && Set.of("the", "a", "an", "other", "some", "these", "those", "this", "that")
            .contains(graph.token(first).text().toLowerCase(Locale.ROOT))) {
      first++;
    }
    return graph
        .text()
        .text()
        .substring(graph.token(first).start(), graph.token(phrase[1] - 1).end());
  }

  private static Argument argument(Entity entity, int start, int end, String written) {
    return new Argument(
        entity.name(), entity.id(), entity.actorId(), entity.actorType(), start, end, written);
  }
}
