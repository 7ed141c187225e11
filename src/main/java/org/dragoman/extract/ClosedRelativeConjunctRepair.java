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
 * A date or a gerund of time after the closing comma ("who chairs the talks, on Tuesday before flying on to Lima") is
 * likewise the main clause's.
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
            List<Dependency> adjuncts = adjunctsAfterClosing(s, relative);
            if (!adjuncts.isEmpty()) {
                List<Dependency> moved = adjuncts.stream().map(a -> new Dependency(a.relation(), main, a.dependent())).toList();
                return SentenceRepairs.rewired(s, x -> adjuncts.contains(x) ? null : x, moved);
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
     * The adjuncts of time the parser hung on the relative clause after the comma that closes it ("who chairs the talks,
     * on Tuesday before flying on to Lima"): the main clause's. Only a date ("on Tuesday", "last week") and a gerund of
     * time ("before flying", "after meeting X") move; the first must start right after the comma, the clause's last word
     * right before it.
     */
    private static List<Dependency> adjunctsAfterClosing(Sentence s, int relative) {
        List<Dependency> after = new ArrayList<>();
        int comma = -1;
        for (Dependency d : s.children(relative)) {
            int start = Arguments.subtree(s, d.dependent(), Set.of()).stream().min(Integer::compare).orElse(d.dependent());
            if (start > relative && start >= 2 && s.token(start - 1).word().equals(",") && ofTime(s, d)) {
                comma = comma < 0 ? start - 1 : Math.min(comma, start - 1);
            }
        }
        if (comma < 0) {
            return List.of();
        }
        for (Dependency d : s.children(relative)) {
            if (d.dependent() > comma && ofTime(s, d)) {
                after.add(d);
            }
        }
        int closing = comma;
        Set<Integer> stop = after.stream().map(Dependency::dependent).collect(java.util.stream.Collectors.toSet());
        int last = Arguments.subtree(s, relative, stop).stream().filter(t -> t < closing).max(Integer::compare).orElse(-1);
        return last == closing - 1 ? after : List.of();
    }

    private static boolean ofTime(Sentence s, Dependency d) {
        int t = d.dependent();
        if (d.relation().matches("advcl:(before|after)")) {
            return s.token(t).pos().equals("VBG");
        }
        return d.relation().matches("obl:(on|in|at|tmod)|nmod:tmod") && s.token(t).ner().equals("DATE");
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
