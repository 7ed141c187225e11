package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto met Ivo Ruiz, who took office in May, and later held talks with Eva Lind": the parser may take the verb after
 * ", and" for a conjunct of the relative clause, so that Ivo Ruiz holds the talks. Where the relative clause is set off
 * by commas on both sides (a comma before its who- or which-word, and the comma before "and" right after its last word),
 * and the object it describes hangs on a verb before it, the conjunct is that verb's instead, with its subject.
 *
 * A gerund of time after the closing comma ("who chairs the talks, before flying on to Lima") is likewise the main
 * clause's.
 *
 * <p>Edge cases: without the closing comma ("who took office in May and held talks") the clause goes on and nothing
 * changes; a conjunct with its own subject or relative word ("and who held talks") is left alone; so is a relative
 * clause on the subject ("Ana Soto, who ..., and Ivo Ruiz"), where no verb comes before it.
 */
final class ClosedRelativeConjunctRepair {
    private ClosedRelativeConjunctRepair() {
    }

    /** The article with such conjuncts rehung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ClosedRelativeConjunctRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            if (!d.relation().equals("acl:relcl") || d.governor() < 0) {
                continue;
            }
            int noun = d.governor();
            int relative = d.dependent();
            int main = Arguments.governor(s, noun, "obj", "iobj", "obl");
            if (main < 0 || main > noun || !s.token(main).isVerb() || !openedByComma(s, noun, relative)) {
                continue;
            }
            for (int conjunct : Arguments.dependents(s, relative, "conj")) {
                if (closedBefore(s, relative, conjunct)) {
                    return rehung(s, noun, relative, conjunct, main);
                }
            }
            for (Dependency adjunct : s.children(relative)) {
                if (adjunctAfterClosing(s, relative, adjunct)) {
                    Dependency moved = new Dependency(adjunct.relation(), main, adjunct.dependent());
                    return SentenceRepairs.rewired(s, x -> x.equals(adjunct) ? null : x, List.of(moved));
                }
            }
        }
        return s;
    }

    /** Whether the clause opens with ", who" or ", which" right after the noun's phrase. */
    private static boolean openedByComma(Sentence s, int noun, int relative) {
        for (int i = noun + 1; i < relative; i++) {
            if (s.token(i).word().matches("(?i)who|which")) {
                return s.token(i - 1).word().equals(",");
            }
        }
        return false;
    }

    /**
     * Whether {@code conjunct} is a finite verb after ", and" (or ", but") that follows the relative clause's last word,
     * with no subject or relative word of its own besides the one the parser passed down.
     */
    private static boolean closedBefore(Sentence s, int relative, int conjunct) {
        List<Integer> cc = Arguments.dependents(s, conjunct, "cc");
        if (cc.size() != 1 || cc.get(0) < 2 || !s.token(cc.get(0) - 1).word().equals(",")
                || !s.token(conjunct).pos().matches("VBD|VBZ|VBP")) {
            return false;
        }
        int comma = cc.get(0) - 1;
        int last = Arguments.subtree(s, relative, Set.of(conjunct)).stream().filter(t -> t < comma).max(Integer::compare).orElse(-1);
        boolean ownSubject = Arguments.dependents(s, conjunct, "nsubj", "nsubj:pass").stream().anyMatch(t -> t > comma);
        return last == comma - 1 && !ownSubject;
    }

    /**
     * Whether the dependency hangs a gerund of time ("before flying on to Lima", "after meeting X") on the relative
     * clause right after the comma that closes it: the main clause's adjunct, which the parser put inside the clause.
     */
    private static boolean adjunctAfterClosing(Sentence s, int relative, Dependency adjunct) {
        int gerund = adjunct.dependent();
        if (!adjunct.relation().matches("advcl:(before|after)") || !s.token(gerund).pos().equals("VBG")) {
            return false;
        }
        int mark = Arguments.dependents(s, gerund, "case", "mark").stream().filter(m -> m < gerund).findFirst().orElse(-1);
        if (mark < 2 || !s.token(mark - 1).word().equals(",")) {
            return false;
        }
        int comma = mark - 1;
        int last = Arguments.subtree(s, relative, Set.of(gerund)).stream().filter(t -> t < comma).max(Integer::compare).orElse(-1);
        return last == comma - 1;
    }

    private static Sentence rehung(Sentence s, int noun, int relative, int conjunct, int main) {
        List<Integer> subjects = Arguments.dependents(s, main, "nsubj", "nsubj:pass");
        List<Dependency> added = new ArrayList<>();
        added.add(new Dependency("conj:and", main, conjunct));
        subjects.forEach(t -> added.add(new Dependency("nsubj", conjunct, t)));
        return SentenceRepairs.rewired(s, d -> {
            boolean lost = d.dependent() == conjunct && (d.governor() == relative || d.governor() == noun)
                    || d.governor() == conjunct && d.base().startsWith("nsubj") && d.dependent() <= noun;
            return lost ? null : d;
        }, added);
    }
}
