package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Accompanied by his wife, Ivo Marek arrived in Lima": the parser may take the opening participle for the verb's
 * subject and the name after the comma for an apposition inside the participle's phrase. A participle is no subject,
 * so a name that ends right before the verb, after a comma, and hangs by apposition inside the subject participle's
 * phrase becomes the subject; the participle becomes the verb's clause.
 */
final class OpeningParticipleRepair {
    private OpeningParticipleRepair() {
    }

    /** The article with such subjects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, OpeningParticipleRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int participle = d.dependent();
            if (!d.relation().equals("nsubj") || participle != 0 || verb < 2 || !s.token(participle).pos().equals("VBN")
                    || !s.token(verb).isVerb()) {
                continue;
            }
            int name = verb - 1;
            if (!s.token(name).ner().equals("PERSON")) {
                continue;
            }
            int start = name;
            while (start > 0 && s.token(start - 1).ner().equals("PERSON")) {
                start--;
            }
            int holder = Arguments.governor(s, name, "appos");
            if (start < 2 || !s.token(start - 1).word().equals(",") || holder < 0
                    || !Arguments.subtree(s, participle, Set.of()).contains(holder)) {
                continue;
            }
            return rehung(s, verb, participle, holder, name);
        }
        return s;
    }

    private static Sentence rehung(Sentence s, int verb, int participle, int holder, int name) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            boolean oldSubject = d.governor() == verb && d.dependent() == participle;
            boolean oldApposition = d.governor() == holder && d.dependent() == name;
            if (!oldSubject && !oldApposition) {
                deps.add(d);
            }
        }
        deps.add(new Dependency("nsubj", verb, name));
        deps.add(new Dependency("advcl", verb, participle));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
