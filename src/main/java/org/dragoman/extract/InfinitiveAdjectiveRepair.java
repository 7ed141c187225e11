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
 * "will travel to Lima to brief Ruritanian President Ana Soto": before a modifier and a title, the tagger may read a
 * verb of meeting that is also an adjective ("brief") as one, and the parser then makes "to ... Ana Soto" a phrase of
 * place. The word is the infinitive of purpose it is: an xcomp of the verb the phrase hung on, marked by "to", with
 * the name as its object.
 *
 * <p>Edge cases: only words of the {@code meet-verb} list tagged as adjectives right after "to", where "to" is the
 * case of the noun the word modifies; "a brief visit to Lima" stays.
 */
final class InfinitiveAdjectiveRepair {
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");

    private InfinitiveAdjectiveRepair() {
    }

    /** The article with such infinitives restored; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, InfinitiveAdjectiveRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (int w = 1; w < s.tokens().size(); w++) {
            Token word = s.token(w);
            int to = w - 1;
            // Run for every token of every sentence: the tag and the word before are tested before the parse.
            if (!word.pos().equals("JJ") || !s.token(to).word().equalsIgnoreCase("to")
                    || !MEET_VERBS.contains(word.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int noun = Arguments.governor(s, w, "amod");
            if (noun < 0) {
                continue;
            }
            // The phrase's head: the noun itself or the name it is a compound of ("President | Ana Soto").
            int head = s.parents(noun).stream().anyMatch(d -> d.base().equals("compound")) ? Arguments.governor(s, noun, "compound") : noun;
            int verb = s.parents(head).stream().filter(d -> d.base().matches("obl|nmod") && d.governor() >= 0)
                    .mapToInt(Dependency::governor).findFirst().orElse(-1);
            boolean caseTo = Arguments.dependents(s, head, "case").contains(to);
            if (verb < 0 || !caseTo || !s.token(verb).isVerb()) {
                continue;
            }
            final int infinitive = w;
            final int object = head;
            final int governing = verb;
            Sentence rewired = SentenceRepairs.rewired(s, d -> {
                if (d.dependent() == infinitive || d.dependent() == to || d.dependent() == object && d.governor() == governing) {
                    return null;
                }
                return d;
            }, List.of(new Dependency("xcomp", governing, infinitive), new Dependency("mark", infinitive, to),
                    new Dependency("obj", infinitive, object)));
            List<Token> tokens = new ArrayList<>(rewired.tokens());
            String lemma = word.word().toLowerCase(Locale.ROOT);
            tokens.set(w, new Token(w, word.word(), lemma, "VB", word.ner(), word.normalized(), word.begin(), word.end()));
            return new Sentence(rewired.index(), rewired.begin(), rewired.end(), rewired.text(), tokens, rewired.dependencies());
        }
        return s;
    }
}
