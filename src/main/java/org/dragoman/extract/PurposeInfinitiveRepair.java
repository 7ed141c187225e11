package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto will meet Ivo Ruiz on Monday to discuss the border, before flying to Lima": the parser may give the
 * infinitive after a verb of meeting or travel the verb's object as its subject, as if the object were told to do it;
 * what follows (the flight) then goes to the object too. Such an infinitive is the subject's purpose
 * (meeting-words.tsv {@code purpose-verb}), so its subject is the verb's.
 */
final class PurposeInfinitiveRepair {
    private static final Set<String> PURPOSE_VERBS = WordLists.MEETING.get("purpose-verb");

    private PurposeInfinitiveRepair() {
    }

    /** The article with such infinitives given their verb's subject; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, PurposeInfinitiveRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int verb = d.governor();
            int purpose = d.dependent();
            if (verb < 0 || !d.relation().equals("xcomp") || !s.token(purpose).pos().equals("VB")
                    || !PURPOSE_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<Integer> objects = Arguments.dependents(s, verb, "obj");
            List<Dependency> objectAsSubject = s.children(purpose).stream()
                    .filter(x -> x.relation().equals("nsubj:xsubj") && objects.contains(x.dependent())).toList();
            List<Integer> subjects = Arguments.dependents(s, verb, "nsubj", "nsubj:xsubj");
            if (objectAsSubject.isEmpty() || subjects.isEmpty()) {
                continue;
            }
            List<Dependency> added = new ArrayList<>();
            subjects.forEach(n -> added.add(new Dependency("nsubj:xsubj", purpose, n)));
            return SentenceRepairs.rewired(s, x -> objectAsSubject.contains(x) ? null : x, added);
        }
        return s;
    }
}
