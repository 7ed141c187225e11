package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "after their ministers, Ana Soto and Ivo Ruiz, held talks in Lima": after a subject with names in apposition, the
 * parser may take "held" for an adjective of "talks" and "talks" for one more apposition. A past "held" or "had"
 * modifying the meeting noun right after it, that noun in apposition, is the verb: the noun's governor becomes its
 * subject, the noun its object, and the noun's place and date phrases the verb's. A past light verb with a subject
 * and no object, whose meeting noun right after it the parser made the subject of a later verb, takes that noun back
 * as its object. A meeting noun read as a verb after a hyphenated modifier ("will hold one-on-one talks") is the light
 * verb's object again.
 */
final class HeldTalksRepair {
    private static final Set<String> LIGHT_VERBS = WordLists.MEETING.get("holding-verb");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");

    private HeldTalksRepair() {
    }

    /** The article with such verbs read as verbs; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, HeldTalksRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int v = 1; v + 1 < s.tokens().size(); v++) {
            int n = v + 1;
            boolean misread = s.token(v).pos().matches("VBD|VBN") && LIGHT_VERBS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))
                    && MEETING_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))
                    && Arguments.dependents(s, n, "amod").contains(v);
            int subject = misread ? Arguments.governor(s, n, "appos") : -1;
            if (subject >= 0) {
                return asVerb(s, v, n, subject);
            }
            // "Ana Soto held talks with Ivo Ruiz, who had travelled to Lima": the parser may make the noun the subject
            // of the relative clause's verb and leave "held" without an object.
            boolean detached = s.token(v).pos().equals("VBD") && LIGHT_VERBS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))
                    && MEETING_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))
                    && !Arguments.dependents(s, v, "nsubj").isEmpty() && Arguments.dependents(s, v, "obj").isEmpty()
                    && s.parents(n).stream().anyMatch(d -> d.base().equals("nsubj") && d.governor() > n);
            // "will hold one-on-one talks on Saturday": after a hyphenated modifier the tagger may read "talks" as a
            // verb, hung unlabelled on the light verb, and the modifier as the object.
            int verbal = verbalNounAfterModifier(s, v);
            if (verbal >= 0) {
                return asNoun(s, v, verbal);
            }
            if (detached) {
                List<Dependency> deps = new ArrayList<>();
                for (Dependency d : s.dependencies()) {
                    deps.add(d.dependent() == n && d.base().equals("nsubj") ? new Dependency("obj", v, n) : d);
                }
                return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
            }
        }
        return s;
    }

    /** The meeting word tagged a verb and hung as dep on light verb {@code v} after its hyphenated object; -1 if none. */
    private static int verbalNounAfterModifier(Sentence s, int v) {
        if (!LIGHT_VERBS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT)) || !s.token(v).isVerb()) {
            return -1;
        }
        for (int n : Arguments.dependents(s, v, "dep")) {
            boolean meetingWord = s.token(n).pos().matches("VBZ|VBP") && MEETING_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT));
            boolean hyphenBefore = n > v + 2 && Arguments.dependents(s, v, "obj").stream().allMatch(o -> o > v && o < n)
                    && s.tokens().subList(v + 1, n).stream().anyMatch(t -> t.word().equals("-"));
            if (meetingWord && hyphenBefore) {
                return n;
            }
        }
        return -1;
    }

    private static Sentence asNoun(Sentence s, int v, int n) {
        List<Token> tokens = new ArrayList<>(s.tokens());
        Token t = s.token(n);
        tokens.set(n, new Token(t.index(), t.word(), t.lemma(), "NNS", t.ner(), t.normalized(), t.begin(), t.end()));
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.governor() == v && d.dependent() == n) {
                deps.add(new Dependency("obj", v, n));
            } else if (d.governor() == v && d.base().equals("obj") && d.dependent() < n) {
                deps.add(new Dependency("amod", n, d.dependent()));
            } else if (d.governor() == n && !d.base().equals("punct")) {
                // The noun's date, place and attribution were the verb's all along.
                deps.add(new Dependency(d.relation(), v, d.dependent()));
            } else {
                deps.add(d);
            }
        }
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, deps);
    }

    private static Sentence asVerb(Sentence s, int v, int n, int subject) {
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.dependent() == v && d.governor() == n || d.dependent() == n && d.governor() == subject) {
                continue;
            }
            if (d.dependent() == subject && d.governor() >= 0 && (d.base().equals("obl") || d.base().equals("nmod"))) {
                // The subject's old place is the clause's: "said ... after [they held talks]".
                deps.add(new Dependency(d.relation().replace("obl", "advcl").replace("nmod", "advcl"), d.governor(), v));
                continue;
            }
            if (d.dependent() == subject && d.governor() < 0) {
                deps.add(new Dependency(d.relation(), d.governor(), v));
                continue;
            }
            if (d.governor() == n && (d.relation().startsWith("nmod:") && !d.relation().equals("nmod:with") || d.base().equals("advmod"))) {
                deps.add(new Dependency(d.relation().replace("nmod", "obl"), v, d.dependent()));
                continue;
            }
            deps.add(d);
        }
        deps.add(new Dependency("nsubj", v, subject));
        deps.add(new Dependency("obj", v, n));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), deps);
    }
}
