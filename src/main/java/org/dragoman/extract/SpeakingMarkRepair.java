package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto called on members to act, saying the crisis had shown the need": the parser may take "saying" for the
 * subordinator of the clause after it, which then reads as the main verb's own complement (the appeal's content). A
 * gerund of speech marked so is the participle that tells what was said: it hangs on the main verb, and the clause is
 * its complement.
 *
 * <p>Edge cases: only a gerund the verb table knows as a cue counts ("following", "regarding" stay subordinators); a
 * clause that hangs on nothing is left alone.
 */
final class SpeakingMarkRepair {
    private static final VerbLexicon VERBS = VerbLexicon.bundled();

    private SpeakingMarkRepair() {
    }

    /** The article with such gerunds made participles; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, SpeakingMarkRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int clause = d.governor();
            int gerund = d.dependent();
            if (clause < 0 || !d.relation().equals("mark") || gerund > clause || !s.token(gerund).pos().equals("VBG")
                    || !VERBS.isCue(s.token(gerund).lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            Dependency up = s.parents(clause).stream().filter(p -> p.governor() >= 0).findFirst().orElse(null);
            if (up == null) {
                continue;
            }
            List<Dependency> added = List.of(new Dependency("advcl", up.governor(), gerund), new Dependency("ccomp", gerund, clause));
            return SentenceRepairs.rewired(s, x -> x.equals(d) || x.equals(up) ? null : x, added);
        }
        return s;
    }
}
