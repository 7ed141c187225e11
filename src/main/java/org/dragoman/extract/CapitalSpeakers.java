package org.dragoman.extract;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Beijing accused Ruritania of ...", "Moscow warned ...": a capital that is the subject of a reporting verb speaks
 * for its state, as event coders read it. The table (capitals.tsv) gives the actor each capital stands for. A dateline
 * in capitals is no speaker.
 */
final class CapitalSpeakers {
    private final Map<String, String> speaksFor;
    private final VerbLexicon verbs;

    private CapitalSpeakers(Map<String, String> speaksFor, VerbLexicon verbs) {
        this.speaksFor = Map.copyOf(speaksFor);
        this.verbs = verbs;
    }

    static CapitalSpeakers bundled(VerbLexicon verbs) {
        Map<String, String> table = new LinkedHashMap<>();
        for (String[] row : TsvResource.rows("capitals.tsv", 2, 1)) {
            table.put(row[0], row[1]);
        }
        return new CapitalSpeakers(table, verbs);
    }

    /**
     * The actor the city named {@code name} stands for when its head token {@code head} is the subject of a reporting
     * verb; empty for any other city or use ("Beijing is a city of millions", "talks in Beijing").
     */
    Optional<String> speakerFor(Sentence s, int head, String name, Gazetteer gazetteer) {
        // "WASHINGTON — Senator Ana Soto said ...": a dateline the parser took for the subject speaks for nobody.
        String word = s.token(head).word();
        if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        boolean reports = false;
        for (Dependency d : s.parents(head)) {
            if (d.base().equals("nsubj") && d.governor() >= 0 && s.token(d.governor()).isVerb()
                    && verbs.reportsSpeech(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
                reports = true;
            }
        }
        if (!reports) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : speaksFor.entrySet()) {
            if (e.getKey().equals(name) || gazetteer.sameThing(name, e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }
}
