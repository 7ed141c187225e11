package org.dragoman.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto was received the same day by the prime minister": the parser may take the time phrase for the object of
 * the passive verb and hang its by-phrase on it. A passive verb has no object: a time noun there is when, and the
 * by-phrase under it is the verb's agent.
 *
 * <p>Edge cases: only time nouns ({@code time-object-noun}); an active verb's object ("spent the day with X") stays.
 */
final class PassiveTimeObjectRepair {
    private static final Set<String> TIME_NOUNS = WordLists.DATES.get("time-object-noun");

    private PassiveTimeObjectRepair() {
    }

    /** The article with such phrases rehung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, PassiveTimeObjectRepair::repair);
    }

    static Sentence repair(Sentence s) {
        Map<Integer, Integer> timeOf = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("obj") && d.governor() >= 0 && !Arguments.dependents(s, d.governor(), "aux:pass").isEmpty()
                    && TIME_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                timeOf.put(d.dependent(), d.governor());
            }
        }
        if (timeOf.isEmpty()) {
            return s;
        }
        return SentenceRepairs.rewired(s, d -> {
            if (timeOf.containsKey(d.dependent()) && d.relation().equals("obj")) {
                return new Dependency("obl:tmod", d.governor(), d.dependent());
            }
            if (timeOf.containsKey(d.governor()) && (d.relation().equals("nmod:by") || d.relation().equals("nmod:agent"))) {
                return new Dependency("obl:agent", timeOf.get(d.governor()), d.dependent());
            }
            return d;
        }, List.of());
    }
}
