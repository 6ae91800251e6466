package org.sitrep.extract.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Argument;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.RelationType;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.Token;

/**
 * Reads the two actors of one relation cue from the dependency graph: who holds the relation (the
 * cue's subject, possessor, the noun a participle modifies, the antecedent of "which") and with
 * whom (the object or prepositional phrase the lexicon names).
 */
final class CueReading {
  /** How many governors up a subject is looked for when the cue has none of its own. */
  private static final int CLIMB = 4;

  private static final Set<String> ENDING_VERBS =
      Set.of("stop", "cease", "end", "quit", "halt", "abandon", "break", "sever", "dissolve");
  private static final Set<String> NEGATIONS = Set.of("not", "never", "n't", "no");

  private final DependencyGraph graph;
  private final ActorReferences references;
  private final int cue;
  private final int needed;
  private final RelationLexicon.Cue entry;

  CueReading(
      DependencyGraph graph,
      ActorReferences references,
      int cue,
      int needed,
      RelationLexicon.Cue entry) {
    this.graph = graph;
    this.references = references;
    this.cue = cue;
    this.needed = needed;
    this.entry = entry;
  }

  /**
   * The relations this cue states, one per pair of actors ("supporting the Taliban and other
   * groups" is two), or none when an actor is missing.
   *
   * @param earlier the relations found before, for "the alliance" that refers back to one
   */
  List<RelationClaim> relations(List<RelationClaim> earlier) {
    String glued = gluedPrefix();
    if (glued != null) {
      return compound(glued);
    }
    List<Integer> firsts = new ArrayList<>();
    List<Integer> seconds = new ArrayList<>();
    heads(firsts, seconds);
    List<RelationClaim> relations = new ArrayList<>();
    for (int first : firsts) {
      Optional<Argument> a = references.resolve(first, null);
      for (int second : seconds) {
        Optional<Argument> b = a.flatMap(x -> references.resolve(second, x.entity()));
        if (a.isPresent() && b.isPresent() && !RelationFinder.sameActor(a.get(), b.get())) {
          relations.add(relation(a.get(), b.get()));
        }
      }
    }
    if (relations.isEmpty() && refersBack()) {
      return referredTo(earlier);
    }
    return relations;
  }

  /**
   * "the Iran-backed Houthis" kept as one token: the prefix backs the noun the compound modifies
   * ("a Taliban-allied militia" is allied with the Taliban).
   */
  private List<RelationClaim> compound(String prefix) {
    int modified = modifiedNoun();
    Token token = graph.token(cue);
    Optional<Argument> named =
        references.named(prefix, token.start(), token.start() + prefix.length());
    if (modified < 0 || named.isEmpty()) {
      return List.of();
    }
    List<RelationClaim> relations = new ArrayList<>();
    for (int head : withConjuncts(modified)) {
      Optional<Argument> other = references.resolve(head, named.get().entity());
      if (other.isPresent() && !RelationFinder.sameActor(named.get(), other.get())) {
        relations.add(
            entry.relation() == RelationType.SUPPORTS
                ? relation(named.get(), other.get())
                : relation(other.get(), named.get()));
      }
    }
    return relations;
  }

  /** Fills the head tokens of the first and second actors. */
  private void heads(List<Integer> firsts, List<Integer> seconds) {
    Token token = graph.token(cue);
    boolean participle = token.pos().equals("VBN") || token.pos().startsWith("JJ");
    Optional<Integer> prefix = hyphenPrefix();
    int modified = participle ? modifiedNoun() : -1;
    if (entry.relation() == RelationType.SUPPORTS && entry.pos() == RelationLexicon.Pos.VERB) {
      Optional<Integer> patient = modified >= 0 ? Optional.of(modified) : child(cue, "nsubj:pass");
      Optional<Integer> agent = prefix.or(() -> agent());
      if (participle && patient.isPresent()) {
        agent.ifPresent(firsts::add);
        seconds.addAll(withConjuncts(patient.get()));
        return;
      }
    }
    for (RelationLexicon.Slot slot : entry.slots()) {
      for (int node : slotHosts()) {
        for (int found : slot(node, slot.marker())) {
          (slot.first() ? firsts : seconds).addAll(withConjuncts(found));
        }
      }
    }
    if (prefix.isPresent() && seconds.isEmpty()) {
      seconds.add(prefix.get());
    }
    if (firsts.isEmpty()) {
      Optional<Integer> subject = modified >= 0 ? Optional.of(modified) : subject();
      subject.map(this::predicateSubject).ifPresent(s -> firsts.addAll(withConjuncts(s)));
    }
    pairUp(firsts, seconds);
    dedupe(firsts);
    dedupe(seconds);
  }

  /** "X and Y are rivals", "fighting each other", "the alliance between X and Y". */
  private void pairUp(List<Integer> firsts, List<Integer> seconds) {
    boolean reciprocal = seconds.stream().anyMatch(this::isEachOther);
    seconds.removeIf(this::isEachOther);
    if (firsts.size() >= 2 && seconds.isEmpty() && (reciprocal || entry.has("pair"))) {
      seconds.addAll(firsts.subList(1, firsts.size()));
      firsts.subList(1, firsts.size()).clear();
    } else if (firsts.isEmpty() && seconds.size() >= 2 && entry.has("between")) {
      firsts.add(seconds.remove(0));
    }
  }

  /**
   * The nodes a prepositional phrase of the cue may hang on: the cue, its needed word, its verb.
   */
  private List<Integer> slotHosts() {
    List<Integer> hosts = new ArrayList<>(List.of(cue));
    if (needed >= 0) {
      hosts.add(needed);
    }
    if (entry.pos() != RelationLexicon.Pos.VERB) {
      for (Dependency edge : graph.parents(cue)) {
        String base = edge.baseRelation();
        if (edge.governor() >= 0 && (base.equals("obj") || base.equals("nsubj"))) {
          hosts.add(edge.governor());
        }
      }
    }
    return hosts;
  }

  private List<Integer> slot(int node, String marker) {
    List<Integer> found = new ArrayList<>();
    if (marker.equals("obj")) {
      found.addAll(graph.children(node, "obj"));
      return found;
    }
    if (marker.equals("each-other")) {
      graph.children(node, "obj").stream().filter(this::isEachOther).forEach(found::add);
      return found;
    }
    if (marker.equals("poss")) {
      found.addAll(graph.children(node, "nmod:poss"));
      return found;
    }
    if (marker.equals("pair")) {
      return found;
    }
    for (Dependency edge : graph.children(node)) {
      String base = edge.baseRelation();
      if ((base.equals("obl") || base.equals("nmod")) && marked(edge, marker)) {
        found.add(edge.dependent());
      }
    }
    return found;
  }

  /** "obl:with", or an obl/nmod whose case word is the marker. */
  private boolean marked(Dependency edge, String marker) {
    if (edge.relation().endsWith(":" + marker)) {
      return true;
    }
    return graph.children(edge.dependent(), "case").stream()
        .anyMatch(c -> graph.token(c).lemma().equalsIgnoreCase(marker));
  }

  private boolean isEachOther(int token) {
    String word = graph.token(token).lemma().toLowerCase(Locale.ROOT);
    return word.equals("other") || word.equals("another");
  }

  /**
   * Who holds the relation: the cue's subject (enhanced dependencies already put "the Taliban" for
   * "which"), its possessor ("Iran's support"), the noun it is in apposition to ("X, an ally of
   * Y"), its light verb's subject ("formed an alliance"), or a subject further up the clause.
   */
  private Optional<Integer> subject() {
    Optional<Integer> own =
        child(cue, "nsubj")
            .or(() -> child(cue, "nsubj:pass"))
            .or(() -> child(cue, "nmod:poss"))
            .filter(s -> !isIndefinite(s));
    if (own.isPresent()) {
      return own;
    }
    int node = cue;
    for (int step = 0; step < CLIMB; step++) {
      Optional<Dependency> up = governorEdge(node);
      if (up.isEmpty()) {
        return Optional.empty();
      }
      String relation = up.get().relation();
      int governor = up.get().governor();
      if (relation.equals("appos") || relation.startsWith("acl")) {
        return Optional.of(nearestConjunct(governor));
      }
      boolean ofClause = relation.equals("obl:of") || relation.equals("advcl:of");
      if (ofClause || (relation.startsWith("advcl") && governedByOf(node))) {
        // "accused Islamabad of supporting the Taliban": the accused supports.
        Optional<Integer> object = child(governor, "obj");
        if (object.isPresent()) {
          return object;
        }
      }
      if (!sharesSubject(up.get())) {
        // "officials say [the rebels] cooperate …": a reported clause has its own subject.
        return Optional.empty();
      }
      Optional<Integer> subject = child(governor, "nsubj");
      if (subject.isPresent() && subject.get() != node) {
        return subject;
      }
      node = governor;
    }
    return Optional.empty();
  }

  /**
   * Whether a clause takes its governor's subject: a controlled or coordinated verb, an adverbial
   * clause, a noun the light verb governs ("formed an alliance"); the parser's bare {@code dep}
   * only for "stopped fighting", a gerund right after its verb.
   */
  private boolean sharesSubject(Dependency edge) {
    String base = edge.baseRelation();
    if (Set.of("obj", "obl", "xcomp", "conj", "advcl", "nmod").contains(base)) {
      return true;
    }
    return base.equals("dep")
        && edge.dependent() == edge.governor() + 1
        && graph.token(edge.dependent()).pos().equals("VBG");
  }

  /** "the RSF, which is a larger force than the army, having signed …": the force is the RSF. */
  private int predicateSubject(int head) {
    return child(head, "nsubj").filter(s -> !isIndefinite(s)).orElse(head);
  }

  /** "as a group": an indefinite noun describes, it does not name who holds the relation. */
  private boolean isIndefinite(int head) {
    return graph.children(head, "det").stream().anyMatch(d -> Set.of("a", "an").contains(lower(d)));
  }

  /**
   * "militia fighters and Chadian troops supporting them": a participle after a coordination
   * belongs to the conjunct right before it, whichever conjunct the parser hung it on.
   */
  private int nearestConjunct(int governor) {
    int nearest = governor;
    for (int conjunct : withConjuncts(governor)) {
      if (conjunct < cue && conjunct > nearest) {
        nearest = conjunct;
      }
    }
    return nearest;
  }

  private boolean governedByOf(int node) {
    return graph.children(node, "mark").stream()
        .anyMatch(m -> graph.token(m).lemma().equalsIgnoreCase("of"));
  }

  /** The noun a participle modifies: "militias" in "Iran-backed militias", "a group linked to". */
  private int modifiedNoun() {
    return governorEdge(cue)
        .filter(e -> e.relation().equals("amod") || e.relation().startsWith("acl"))
        .filter(e -> graph.token(e.governor()).isNoun())
        .map(Dependency::governor)
        .orElse(-1);
  }

  /** "Iran" of "Iran-backed" when the tokenizer kept the compound whole, else null. */
  private String gluedPrefix() {
    String word = graph.token(cue).text();
    int hyphen = word.lastIndexOf('-');
    return hyphen > 0 && Character.isUpperCase(word.charAt(0)) ? word.substring(0, hyphen) : null;
  }

  /** "Iran" of "Iran - backed": the word glued to the cue by a hyphen token. */
  private Optional<Integer> hyphenPrefix() {
    if (cue < 2) {
      return Optional.empty();
    }
    Token hyphen = graph.token(cue - 1);
    Token before = graph.token(cue - 2);
    boolean glued =
        hyphen.text().equals("-")
            && hyphen.end() == graph.token(cue).start()
            && before.end() == hyphen.start();
    return glued && before.isNoun() ? Optional.of(cue - 2) : Optional.empty();
  }

  /** The "by" phrase of a passive: "backed by Iran". */
  private Optional<Integer> agent() {
    for (Dependency edge : graph.children(cue)) {
      if (edge.relation().equals("obl:agent")
          || (edge.baseRelation().equals("obl") && marked(edge, "by"))) {
        return Optional.of(edge.dependent());
      }
    }
    return Optional.empty();
  }

  private boolean refersBack() {
    return entry.pos() == RelationLexicon.Pos.NOUN
        && graph.children(cue, "det").stream()
            .anyMatch(d -> Set.of("the", "this", "that").contains(lower(d)));
  }

  /** "The alliance spells trouble": the last alliance the text stated, restated here. */
  private List<RelationClaim> referredTo(List<RelationClaim> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      RelationClaim before = earlier.get(i);
      if (before.relation() == entry.relation()) {
        return List.of(relation(before.subject(), before.object()));
      }
    }
    return List.of();
  }

  private RelationClaim relation(Argument first, Argument second) {
    int from = cue;
    int to = cue;
    if (needed >= 0) {
      from = Math.min(from, needed);
      to = Math.max(to, needed);
    }
    int start = graph.token(from).start();
    int end = graph.token(to).end();
    String text = graph.text().text().substring(start, end);
    return new RelationClaim(entry.relation(), first, second, negated(), start, end, text);
  }

  /**
   * "not allied", "no longer at odds", "have stopped fighting each other", "ended the alliance".
   */
  private boolean negated() {
    int node = cue;
    for (int step = 0; step < 2 && node >= 0; step++) {
      for (Dependency edge : graph.children(node)) {
        String base = edge.baseRelation();
        String word = lower(edge.dependent());
        if ((base.equals("advmod") || base.equals("det") || base.equals("neg"))
            && NEGATIONS.contains(word)) {
          return true;
        }
        if (base.equals("advmod") && word.equals("longer")) {
          return true;
        }
      }
      if (step > 0 && ENDING_VERBS.contains(lower(node))) {
        return true;
      }
      int current = node;
      node =
          governorEdge(current)
              .filter(e -> Set.of("xcomp", "obj", "dep").contains(e.relation()))
              .map(Dependency::governor)
              .orElse(-1);
    }
    return false;
  }

  private List<Integer> withConjuncts(int head) {
    List<Integer> heads = new ArrayList<>(List.of(head));
    heads.addAll(graph.children(head, "conj"));
    return heads;
  }

  private static void dedupe(List<Integer> heads) {
    List<Integer> unique = heads.stream().distinct().toList();
    heads.clear();
    heads.addAll(unique);
  }

  private Optional<Integer> child(int node, String relation) {
    return graph.children(node).stream()
        .filter(e -> e.relation().equals(relation))
        .map(Dependency::dependent)
        .findFirst();
  }

  /** The edge to the token's governor in its basic tree (the first parent edge). */
  private Optional<Dependency> governorEdge(int node) {
    return graph.parents(node).stream().filter(e -> e.governor() >= 0).findFirst();
  }

  private String lower(int token) {
    return graph.token(token).lemma().toLowerCase(Locale.ROOT);
  }
}
