package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto told Ivo Ruiz that the talks would resume, the ministry said", "Ana Soto invited Ivo Ruiz to visit Lima,
 * her spokesman said": the parser may hang the that-clause or the infinitive on the closing reporting verb instead of
 * the verb it completes, so that the closing reporter seems to report only that clause (or to travel) and the first
 * verb loses what it says. A clause between the sentence's root verb and a closing reporting verb hung on the root,
 * hung on the closing verb, goes back to the root when the root has no clause of that kind of its own; so does a
 * phrase the parser hung on the closing verb before its subject ("spoke with his counterpart, Y, the ministry said").
 */
final class ClosingClauseRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private ClosingClauseRepair() {
    }

    /** The article with such clauses hung on the verbs they complete; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, ClosingClauseRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency closing : s.dependencies()) {
            int root = closing.governor();
            int verb = closing.dependent();
            if (root < 0 || !closing.relation().equals("parataxis") || verb < root || !s.token(root).isVerb()
                    || s.parents(root).stream().noneMatch(p -> p.base().equals("root"))
                    || !VERBS.isClauseVerb(s.token(verb).lemma().toLowerCase(Locale.ROOT))
                    || Arguments.dependents(s, verb, "nsubj").isEmpty()) {
                continue;
            }
            List<Dependency> stolen = s.children(verb).stream().filter(c -> c.dependent() > root && c.dependent() < verb
                    && (c.base().equals("ccomp") || c.base().equals("xcomp") || c.base().equals("advcl") && opensWithThat(s, c.dependent())))
                    .sorted(java.util.Comparator.comparingInt(Dependency::dependent)).toList();
            if (stolen.isEmpty()) {
                // "X spoke by phone with his counterpart, Y, the ministry said": a phrase before the closing subject is
                // the root's too.
                int subject = java.util.Collections.min(Arguments.dependents(s, verb, "nsubj"));
                List<Dependency> phrases = s.children(verb).stream().filter(c -> c.dependent() > root && c.dependent() < subject
                        && c.base().equals("obl")).toList();
                if (!phrases.isEmpty()) {
                    return SentenceRepairs.rewired(s, e -> phrases.contains(e) ? new Dependency(e.relation(), root, e.dependent()) : e,
                            List.of());
                }
                continue;
            }
            int clause = stolen.get(0).dependent();
            boolean infinitive = Arguments.dependents(s, clause, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
            String relation = infinitive ? "xcomp" : "ccomp";
            if (!Arguments.dependents(s, root, relation).isEmpty() || infinitive && Arguments.dependents(s, root, "obj").isEmpty()) {
                continue;
            }
            // "invited Ivo Ruiz to visit Lima": the object is the infinitive's subject, as the parser marks it.
            List<Dependency> added = new ArrayList<>();
            if (infinitive && Arguments.dependents(s, clause, "nsubj", "nsubj:xsubj").isEmpty()) {
                added.add(new Dependency("nsubj:xsubj", clause, Arguments.dependents(s, root, "obj").get(0)));
            }
            // "that A, but that B": a later clause is the first one's conjunct.
            return SentenceRepairs.rewired(s, e -> !stolen.contains(e) ? e : e.dependent() == clause
                    ? new Dependency(relation, root, clause) : new Dependency("conj", clause, e.dependent()), added);
        }
        return s;
    }

    /** Whether the clause's first word is "that": an adverbial clause the parser made of a that-clause. */
    private static boolean opensWithThat(Sentence s, int clause) {
        return s.token(java.util.Collections.min(Arguments.subtree(s, clause, java.util.Set.of()))).word().equalsIgnoreCase("that");
    }
}
