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
 * "Ana Soto discussed preparations for the summit with Ivo Ruiz in Lima": the parser may hang "with Ivo Ruiz" (and a
 * place after it) on a noun inside the object, so that the summit, not the discussion, has a counterpart. After a verb
 * whose object is a topic ({@code topic-object-verb}: "discuss", "negotiate"), a with-phrase naming a person inside
 * that object is the verb's; so is an in-phrase naming a place that the parser hung on the same noun after it.
 *
 * <p>Edge cases: a with-phrase of anything but a person ("the deal with the union"), or on a noun that names whose it is
 * ("Ana Soto's talks with Ivo Ruiz"), stays where the parser put it.
 */
final class TopicWithRepair {
    private static final Set<String> TOPIC_VERBS = WordLists.MEETING.get("topic-object-verb");
    private static final Set<String> PLACE_TAGS = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

    private TopicWithRepair() {
    }

    /** The article with such phrases moved to the verb; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TopicWithRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        Map<Integer, Integer> moved = new HashMap<>();
        for (Dependency d : s.dependencies()) {
            // "discussed preparations for Ana Soto's talks with Ivo Ruiz": the talks of someone named are hers.
            if (!d.relation().equals("nmod:with") || !s.token(d.dependent()).ner().equals("PERSON")
                    || !Arguments.dependents(s, d.governor(), "nmod:poss").isEmpty()) {
                continue;
            }
            int verb = topicVerbAbove(s, d.governor());
            if (verb < 0) {
                continue;
            }
            moved.put(d.dependent(), verb);
            for (Dependency place : s.dependencies()) {
                if (place.governor() == d.governor() && place.relation().equals("nmod:in") && place.dependent() > d.dependent()
                        && PLACE_TAGS.contains(s.token(place.dependent()).ner())) {
                    moved.put(place.dependent(), verb);
                }
            }
        }
        if (moved.isEmpty()) {
            return s;
        }
        return SentenceRepairs.rewired(s, d -> moved.containsKey(d.dependent()) && d.relation().startsWith("nmod:")
                ? new Dependency("obl:" + d.relation().substring("nmod:".length()), moved.get(d.dependent()), d.dependent()) : d, List.of());
    }

    /** The topic verb whose object holds noun {@code n} (the object itself or a noun under it); -1 when none. */
    private static int topicVerbAbove(Sentence s, int n) {
        int node = n;
        for (int steps = 0; node >= 0 && steps < s.tokens().size(); steps++) {
            final int at = node;
            Dependency up = s.parents(at).stream().findFirst().orElse(null);
            if (up == null || up.governor() < 0) {
                return -1;
            }
            if (up.relation().equals("obj")) {
                return s.token(up.governor()).isVerb() && TOPIC_VERBS.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
                        ? up.governor() : -1;
            }
            if (!up.relation().startsWith("nmod") && !up.relation().equals("conj")) {
                return -1;
            }
            node = up.governor();
        }
        return -1;
    }
}
