package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "held talks with Ana Soto, Prime Minister of Ruritania, who is visiting Lima": the parser may hang a who-clause on
 * a thing named earlier ("talks") rather than on the person right before it. A clause opened by "who" after a comma,
 * hung on a word that is no person, is hung on the person the words before the comma describe: a name, or the title
 * in apposition to one ("Prime Minister of Ruritania"), and that person becomes the clause's subject.
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
            if (who < 2 || who > verb || !s.token(who - 1).word().equals(",")) {
                continue;
            }
            int person = personBefore(s, who - 2);
            if (person < 0 || person == head) {
                continue;
            }
            int thing = head;
            // The clause's old subject (the thing) and the thing's "who" go; the person takes both places.
            return SentenceRepairs.rewired(s, e -> e.equals(d) || e.base().equals("nsubj") && e.governor() == verb && e.dependent() == thing
                    || e.base().equals("ref") && e.governor() == thing ? null : e,
                    List.of(new Dependency("acl:relcl", person, verb), new Dependency("nsubj", verb, person)));
        }
        return s;
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
