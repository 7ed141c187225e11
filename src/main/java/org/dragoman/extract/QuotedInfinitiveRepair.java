package org.dragoman.extract;

import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * 'urged both sides to "exercise restraint"': a quotation mark between "to" and its verb can make the parser take
 * "to" itself for the infinitive and hang the verb on the mark. Where "to" stands as a verb's complement and the next
 * token is an opening mark before a bare verb, the verb takes the place of "to", with "to" as its marker.
 */
final class QuotedInfinitiveRepair {
    private QuotedInfinitiveRepair() {
    }

    /** The article with such infinitives re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, QuotedInfinitiveRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int to = 0; to + 2 < s.tokens().size(); to++) {
            int mark = to + 1;
            int verb = to + 2;
            boolean shape = s.token(to).pos().equals("TO") && s.token(mark).word().matches("``|\"|“|'|‘")
                    && s.token(verb).pos().equals("VB") && Arguments.governor(s, verb, "obj", "xcomp", "ccomp") < 0;
            int head = shape ? s.parents(to).stream().filter(d -> d.governor() >= 0 && d.base().matches("xcomp|advcl|ccomp"))
                    .mapToInt(Dependency::governor).findFirst().orElse(-1) : -1;
            if (head >= 0) {
                return rehung(s, head, to, mark, verb);
            }
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int head, int to, int mark, int verb) {
        String relation = s.parents(to).stream().filter(d -> d.governor() == head).map(Dependency::relation)
                .findFirst().orElse("xcomp");
        return SentenceRepairs.rewired(s, d -> {
            if (d.dependent() == verb || d.dependent() == mark || d.dependent() == to) {
                return null;
            }
            // What hung on "to" (the controller's copy) goes to the verb.
            if (d.governor() == to) {
                return new Dependency(d.relation(), verb, d.dependent());
            }
            return d;
        }, List.of(new Dependency(relation, head, verb), new Dependency("mark", verb, to), new Dependency("punct", verb, mark)));
    }
}
