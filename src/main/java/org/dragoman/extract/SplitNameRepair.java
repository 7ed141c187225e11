package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;

/**
 * Names whose last syllable the tokenizer split off as a preposition: "President Pak Jae-in and Ivo Ruiz met" is
 * tokenized "Pak Jae - in and", and the parser reads "in" as the case of the next name, hanging it on the first as a
 * prepositional phrase. Where the case marker of such a phrase lies inside the person's name it hangs from, the phrase
 * is a conjunct of that name.
 */
final class SplitNameRepair {
    private SplitNameRepair() {
    }

    /** The article with such phrases read as conjuncts; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        List<Sentence> sentences = new ArrayList<>();
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            List<Mention> people = doc.entityMentions().stream().filter(m -> m.sentence() == s.index() && m.kind().equals("PERSON")).toList();
            List<Dependency> deps = new ArrayList<>();
            List<Dependency> shared = new ArrayList<>();
            boolean here = false;
            for (Dependency d : s.dependencies()) {
                if ((d.base().equals("nmod") || d.base().equals("obl")) && d.governor() >= 0 && caseInsideName(people, s, d)) {
                    deps.add(new Dependency("conj:and", d.governor(), d.dependent()));
                    // A conjunct shares its first member's role, as the parser's enhanced graph gives it.
                    for (Dependency role : s.parents(d.governor())) {
                        if (role.governor() >= 0 && !role.base().equals("conj")) {
                            shared.add(new Dependency(role.relation(), role.governor(), d.dependent()));
                        }
                    }
                    here = true;
                } else {
                    deps.add(d);
                }
            }
            deps.addAll(shared);
            changed |= here;
            sentences.add(here ? new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps) : s);
        }
        return changed ? new AnnotatedArticle(doc.article(), sentences, doc.entityMentions(), doc.corefChains(), doc.quotes()) : doc;
    }

    /**
     * Whether the phrase's case marker lies inside a person's name ({@code people}: the sentence's) that also holds the
     * phrase's governor, or, where NER
     * missed the name, is glued by a hyphen to the capitalised governor ("Jae - in").
     */
    private static boolean caseInsideName(List<Mention> people, Sentence s, Dependency d) {
        for (int marker : Arguments.dependents(s, d.dependent(), "case")) {
            boolean glued = marker >= 2 && marker - 2 == d.governor() && s.token(marker - 1).word().equals("-")
                    && Character.isUpperCase(s.token(d.governor()).word().charAt(0)) && s.token(d.governor()).isProperNoun()
                    && s.token(marker).begin() == s.token(marker - 1).end() && s.token(marker - 1).begin() == s.token(d.governor()).end();
            if (glued) {
                return true;
            }
            for (Mention m : people) {
                if (m.contains(s.index(), marker) && m.contains(s.index(), d.governor())
                        && !m.contains(s.index(), d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }
}
