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
 * is a conjunct of that name. A verb the parser hangs on the name as such a phrase ("said President Pak Jae-in had
 * spoken to ...") is the name's predicate.
 */
final class SplitNameRepair {
    private SplitNameRepair() {
    }

    /** The article with such phrases read as conjuncts; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        List<Sentence> sentences = new ArrayList<>();
        boolean changed = false;
        for (Sentence given : doc.sentences()) {
            List<Mention> people = doc.entityMentions().stream().filter(m -> m.sentence() == given.index() && m.kind().equals("PERSON")).toList();
            List<Dependency> deps = new ArrayList<>();
            List<Dependency> shared = new ArrayList<>();
            boolean here = false;
            int predicate = -1;
            int subject = -1;
            for (Dependency d : given.dependencies()) {
                if ((d.base().equals("acl") || d.base().equals("dep")) && d.governor() >= 0 && given.token(d.dependent()).isVerb() && caseInsideName(people, given, d)) {
                    predicate = d.dependent();
                    subject = d.governor();
                }
            }
            Sentence s = predicate >= 0 ? asPredicate(given, subject, predicate) : given;
            here = predicate >= 0;
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
     * "said President Pak Jae-in had spoken to Ivo Ruiz": the parser hangs the verb on the name as a clause marked by
     * the name's last syllable. The name becomes the verb's subject, the verb takes the name's place in the sentence
     * (an object of "said" becomes its clause), and the syllable joins the name.
     */
    private static Sentence asPredicate(Sentence s, int name, int verb) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == name && d.dependent() == verb) {
                deps.add(new Dependency("nsubj", verb, name));
            } else if (d.governor() == verb && d.base().equals("case") && d.dependent() < name + 3 && d.dependent() > name) {
                deps.add(new Dependency("flat", name, d.dependent()));
            } else if (d.dependent() == name) {
                deps.add(new Dependency(d.base().equals("obj") ? "ccomp" : d.relation(), d.governor(), verb));
            } else if (d.governor() == name && d.base().equals("dep") && conjunctOf(s, verb, d.dependent())) {
                // "had spoken to X and urged him ...": the second verb shares the name as its subject.
                deps.add(new Dependency("nsubj", d.dependent(), name));
            } else {
                deps.add(d);
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }

    private static boolean conjunctOf(Sentence s, int verb, int other) {
        return Arguments.dependents(s, verb, "conj").contains(other) && Arguments.dependents(s, other, "nsubj").isEmpty();
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
