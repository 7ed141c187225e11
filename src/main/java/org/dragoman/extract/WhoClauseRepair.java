package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "held talks with Ana Soto, Prime Minister of Ruritania, who is visiting Lima": the parser may hang a who-clause on
 * a thing named earlier ("talks") rather than on the person right before it. A clause opened by "who" after a comma,
 * hung on a word that is no person, is hung on the person the words before the comma describe: a name, or the title
 * in apposition to one ("Prime Minister of Ruritania"), and that person becomes the clause's subject. So is a clause
 * opened by ", whom" or ", with whom", where the person takes the thing's place in the clause.
 */
final class WhoClauseRepair {
    /** How many hops from the word before the comma up to the person: "Ruritania" -> "Minister" -> "Soto". */
    private static final int HOPS = 3;

    private WhoClauseRepair() {
    }

    /** The article with such clauses rehung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, WhoClauseRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.dependent();
            int head = d.governor();
            if (!d.relation().equals("acl:relcl") || head < 0 || s.token(head).ner().equals("PERSON")) {
                continue;
            }
            int who = Arguments.dependents(s, verb, "nsubj").stream().filter(t -> s.token(t).word().equalsIgnoreCase("who")).findFirst()
                    .orElse(-1);
            if (who < 0) {
                who = Arguments.dependents(s, head, "ref").stream().filter(t -> s.token(t).word().equalsIgnoreCase("who")).findFirst()
                        .orElse(-1);
            }
            if (who >= 2 && who < verb && s.token(who - 1).word().equals(",")) {
                int person = personBefore(s, who - 2);
                if (person < 0 || person == head) {
                    continue;
                }
                int thing = head;
                // The clause's old subject (the thing) and the thing's "who" go; the person takes both places.
                return SentenceRepairs.rewired(s, e -> e.equals(d)
                        || e.base().equals("nsubj") && e.governor() == verb && e.dependent() == thing
                        || e.base().equals("ref") && e.governor() == thing ? null : e,
                        List.of(new Dependency("acl:relcl", person, verb), new Dependency("nsubj", verb, person)));
            }
            Sentence whom = whomClause(s, d);
            if (whom != s) {
                return whom;
            }
        }
        return s;
    }

    /**
     * "talks with Ivo Ruiz, with whom she spoke by phone": a clause opened by ", whom" or ", with whom" hung on a thing
     * is the person's before the comma; whatever place the thing held in the clause (the with-phrase), the person holds.
     */
    private static Sentence whomClause(Sentence s, Dependency relcl) {
        int verb = relcl.dependent();
        int thing = relcl.governor();
        int whom = Arguments.dependents(s, thing, "ref").stream().filter(t -> s.token(t).word().equalsIgnoreCase("whom")).findFirst()
                .orElse(-1);
        int comma = whom < 1 ? -1 : s.token(whom - 1).word().equals(",") ? whom - 1
                : s.token(whom - 1).pos().equals("IN") && whom >= 2 && s.token(whom - 2).word().equals(",") ? whom - 2 : -1;
        int person = comma < 1 || whom > verb ? -1 : personBefore(s, comma - 1);
        if (person < 0 || person == thing) {
            return s;
        }
        List<Dependency> added = new java.util.ArrayList<>(List.of(new Dependency("acl:relcl", person, verb),
                new Dependency("ref", person, whom)));
        s.children(verb).stream().filter(e -> e.dependent() == thing).forEach(e -> added.add(new Dependency(e.relation(), verb, person)));
        return SentenceRepairs.rewired(s, e -> e.equals(relcl) || e.governor() == thing && e.dependent() == whom
                || e.governor() == verb && e.dependent() == thing ? null : e, added);
    }

    /** The person the word {@code t} belongs to: a name itself, or one up through titles and their of-phrases; -1. */
    private static int personBefore(Sentence s, int t) {
        int node = t;
        for (int hop = 0; hop <= HOPS && node >= 0; hop++) {
            if (s.token(node).ner().equals("PERSON")) {
                return node;
            }
            int up = Arguments.governor(s, node, "appos", "nmod:of", "nmod");
            if (up < 0) {
                return -1;
            }
            node = up;
        }
        return -1;
    }
}
