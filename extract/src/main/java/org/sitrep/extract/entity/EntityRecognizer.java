package org.sitrep.extract.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Entity;
import org.sitrep.model.EntityKind;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceFeature;
import org.sitrep.model.TextSpan;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.EntityMention;
import org.sitrep.model.text.Token;

/**
 * Groups the mentions of an article into entities: catalogue actors (by alias), people (a surname
 * joins the full name it belongs to), organizations, and places. Stateless and thread-safe.
 */
public final class EntityRecognizer {
  private final Set<String> titleWords;

  public EntityRecognizer() {
    Set<String> titles = new HashSet<>();
    for (TsvResource.Row row : TsvResource.read(EntityRecognizer.class, "titles.tsv", 2)) {
      titles.add(row.get(0));
    }
    this.titleWords = Set.copyOf(titles);
  }

  /** A mutable entity under construction. */
  private static final class Draft {
    final EntityKind kind;
    String name;
    final Actor actor;
    final String countryCode;
    final List<TextSpan> mentions = new ArrayList<>();
    final Set<String> nameWords = new HashSet<>();

    Draft(EntityKind kind, String name, Actor actor, String countryCode) {
      this.kind = kind;
      this.name = name;
      this.actor = actor;
      this.countryCode = countryCode;
      addWords(name);
    }

    void addWords(String text) {
      for (String word : text.split("\\s+")) {
        nameWords.add(word.toLowerCase(Locale.ROOT));
      }
    }
  }

  /** The entities of a text, numbered E1, E2, … in order of first mention. */
  public List<Entity> recognize(
      AnnotatedText text, List<ActorMatcher.Match> actorMatches, List<Place> places) {
    String source = text.text();
    Map<String, Draft> drafts = new LinkedHashMap<>();
    boolean[] claimed = new boolean[text.tokens().size()];
    for (ActorMatcher.Match match : actorMatches) {
      Actor actor = match.actor();
      Draft draft =
          drafts.computeIfAbsent(
              "actor:" + actor.id(),
              k -> new Draft(actor.kind(), actor.name(), actor, actor.countryCode()));
      draft.mentions.add(spanOf(text, match.firstToken(), match.endToken()));
      for (int i = match.firstToken(); i < match.endToken(); i++) {
        claimed[i] = true;
      }
      if (actor.kind() == EntityKind.PERSON) {
        draft.addWords(
            source.substring(
                text.tokens().get(match.firstToken()).start(),
                text.tokens().get(match.endToken() - 1).end()));
      }
    }
    for (Place place : places) {
      if (place.adjectival() || isClaimed(text, claimed, place.start(), place.end())) {
        // "Afghan forces": the adjective is a place reference, not a named place entity; and a
        // country an actor already stands for ("US forces") is that actor's entity.
        continue;
      }
      String key =
          place.resolved()
              ? "place:" + place.name() + "|" + place.feature()
              : "place?:" + place.text().toLowerCase(Locale.ROOT);
      EntityKind kind =
          place.feature() == PlaceFeature.COUNTRY ? EntityKind.COUNTRY : EntityKind.PLACE;
      drafts
          .computeIfAbsent(key, k -> new Draft(kind, place.name(), null, place.countryCode()))
          .mentions
          .add(new TextSpan(place.start(), place.end(), place.text()));
      markClaimed(text, claimed, place.start(), place.end());
    }
    for (EntityMention mention : text.mentions()) {
      if (isClaimed(claimed, mention) || !isNameMention(text, mention)) {
        continue;
      }
      switch (mention.type()) {
        case "PERSON" -> addPerson(drafts, mention);
        case "ORGANIZATION" -> {
          if (!precedesTitle(text, mention)) {
            drafts
                .computeIfAbsent(
                    "org:" + mention.text().toLowerCase(Locale.ROOT),
                    k -> new Draft(EntityKind.ORGANIZATION, mention.text(), null, null))
                .mentions
                .add(new TextSpan(mention.start(), mention.end(), mention.text()));
          }
        }
        default -> {
          // LOCATION mentions arrive as places; MISC (nationalities, religions) are not entities.
        }
      }
    }
    return number(drafts.values());
  }

  private static void addPerson(Map<String, Draft> drafts, EntityMention mention) {
    TextSpan span = new TextSpan(mention.start(), mention.end(), mention.text());
    Set<String> words = new HashSet<>();
    for (String word : mention.text().split("\\s+")) {
      words.add(word.toLowerCase(Locale.ROOT));
    }
    for (Draft draft : drafts.values()) {
      if (draft.kind == EntityKind.PERSON
          && (draft.nameWords.containsAll(words) || words.containsAll(draft.nameWords))) {
        draft.mentions.add(span);
        if (draft.actor == null && mention.text().length() > draft.name.length()) {
          draft.name = mention.text();
        }
        draft.addWords(mention.text());
        return;
      }
    }
    drafts.put(
        "person:" + mention.text().toLowerCase(Locale.ROOT),
        new Draft(EntityKind.PERSON, mention.text(), null, null));
    drafts.get("person:" + mention.text().toLowerCase(Locale.ROOT)).mentions.add(span);
  }

  /** Pronouns and lower-case words that CoreNLP sometimes labels as names are not entities. */
  private static boolean isNameMention(AnnotatedText text, EntityMention mention) {
    Token first = text.tokens().get(mention.firstToken());
    return Character.isUpperCase(mention.text().charAt(0)) && !first.pos().startsWith("PRP");
  }

  /** "Defense" in "Defense Secretary Jim Mattis" is part of a title, not an organization. */
  private boolean precedesTitle(AnnotatedText text, EntityMention mention) {
    int next = mention.endToken();
    return next < text.tokens().size() && titleWords.contains(text.tokens().get(next).text());
  }

  private static boolean isClaimed(boolean[] claimed, EntityMention mention) {
    for (int i = mention.firstToken(); i < mention.endToken(); i++) {
      if (claimed[i]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isClaimed(AnnotatedText text, boolean[] claimed, int start, int end) {
    for (Token token : text.tokens()) {
      if (token.start() < end && start < token.end() && claimed[token.index()]) {
        return true;
      }
    }
    return false;
  }

  private static void markClaimed(AnnotatedText text, boolean[] claimed, int start, int end) {
    for (Token token : text.tokens()) {
      if (token.start() < end && start < token.end()) {
        claimed[token.index()] = true;
      }
    }
  }

  private static TextSpan spanOf(AnnotatedText text, int firstToken, int endToken) {
    int start = text.tokens().get(firstToken).start();
    int end = text.tokens().get(endToken - 1).end();
    return TextSpan.of(text.text(), start, end);
  }

  private static List<Entity> number(Iterable<Draft> drafts) {
    List<Draft> ordered = new ArrayList<>();
    drafts.forEach(ordered::add);
    ordered.forEach(d -> d.mentions.sort((a, b) -> Integer.compare(a.start(), b.start())));
    ordered.sort((a, b) -> Integer.compare(a.mentions.get(0).start(), b.mentions.get(0).start()));
    List<Entity> entities = new ArrayList<>();
    for (Draft draft : ordered) {
      entities.add(
          new Entity(
              "E" + (entities.size() + 1),
              draft.kind,
              draft.name,
              draft.actor == null ? null : draft.actor.id(),
              draft.actor == null ? null : draft.actor.actorType(),
              draft.countryCode,
              draft.actor == null ? null : draft.actor.wikidata(),
              draft.actor == null ? null : draft.actor.parent(),
              draft.actor == null ? List.of() : draft.actor.roles(),
              draft.mentions));
    }
    return entities;
  }
}
