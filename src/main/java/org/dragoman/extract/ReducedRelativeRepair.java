package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "A visit by Ana Lenko planned for April was called off": the parser may tag "planned" a past tense and read "A visit
 * ... planned for April" as the clausal subject of "was called off". A clausal subject of the root whose verb is a
 * plan verb (table {@code plan-verb}) with no object and no auxiliary of its own, tagged a past tense, right after its
 * own subject noun phrase, is rather a participle that modifies that noun: the noun becomes the root's subject (passive when the root is), the participle
 * its clause.
 */
final class ReducedRelativeRepair {
    private static final Set<String> PLAN_VERBS = WordLists.STATUS.get("plan-verb");

    private ReducedRelativeRepair() {
    }

    /** The article with such subjects restored; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ReducedRelativeRepair::repair);
    }

    static Sentence repair(Sentence s) {
        int root = s.children(-1).stream().map(Dependency::dependent).findFirst().orElse(-1);
        for (int verb : root < 0 ? List.<Integer>of() : Arguments.dependents(s, root, "csubj", "csubj:pass")) {
            List<Integer> subjects = Arguments.dependents(s, verb, "nsubj");
            boolean participle = s.token(verb).pos().equals("VBD") && PLAN_VERBS.contains(s.token(verb).lemma()) && verb < root && subjects.size() == 1
                    && Arguments.dependents(s, verb, "obj", "aux", "aux:pass", "ccomp", "xcomp").isEmpty();
            if (!participle || !s.token(subjects.get(0)).isNoun()) {
                continue;
            }
            int noun = subjects.get(0);
            int end = Collections.max(Arguments.subtree(s, noun, Set.of(verb)));
            if (noun < verb && end + 1 == verb) {
                return rehung(s, root, verb, noun);
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int root, int verb, int noun) {
        boolean passive = !Arguments.dependents(s, root, "aux:pass").isEmpty();
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean dropped = d.governor() == root && d.dependent() == verb || d.governor() == verb && d.dependent() == noun;
            if (!dropped) {
                deps.add(d);
            }
        }
        deps.add(new Dependency(passive ? "nsubj:pass" : "nsubj", root, noun));
        deps.add(new Dependency("acl", noun, verb));
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token t = tokens.get(verb);
        tokens.set(verb, new Token(t.index(), t.word(), t.lemma(), "VBN", t.ner(), t.normalized(), t.begin(), t.end()));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, deps);
    }
}
