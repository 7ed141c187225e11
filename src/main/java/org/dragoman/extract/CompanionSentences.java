package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dragoman.model.Event;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Ana Soto arrived in Lima on Sunday. She is accompanied by Ivo Ruiz.": a sentence of its own that names a
 * traveller's companions adds them to her latest trip told in the two sentences before. Only people are added, and
 * only to a trip that happened or is planned; "was accompanied by" in the trip's own sentence is the visit rules' job.
 */
final class CompanionSentences {
    /** How many sentences back the trip may be told. */
    private static final int SENTENCES_BACK = 2;

    private CompanionSentences() {
    }

    static List<Event> apply(AnnotatedArticle doc, Arguments args, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!t.lemma().toLowerCase(Locale.ROOT).equals("accompany") || !t.pos().equals("VBN")) {
                    continue;
                }
                List<String> travellers = new ArrayList<>();
                Arguments.dependents(s, t.index(), "nsubj:pass").forEach(k -> travellers.addAll(args.actors(s, k)));
                List<String> companions = new ArrayList<>();
                Arguments.dependents(s, t.index(), "obl:agent", "obl:by").forEach(k -> args.actors(s, k).stream()
                        .filter(args::isPerson).filter(id -> !travellers.contains(id)).forEach(companions::add));
                if (travellers.isEmpty() || companions.isEmpty()) {
                    continue;
                }
                int trip = latestTrip(doc, out, s.index(), travellers);
                if (trip >= 0) {
                    Visit v = (Visit) out.get(trip);
                    List<String> visitors = new ArrayList<>(v.visitors());
                    visitors.addAll(companions);
                    out.set(trip, new Visit(visitors, v.host(), v.status(), v.date(), v.place(), v.trigger(), v.evidence(), v.confidence()));
                }
            }
        }
        return out;
    }

    /** The index of the last occurred or planned visit of one of {@code travellers} told in the sentences just before; -1 when none. */
    private static int latestTrip(AnnotatedArticle doc, List<Event> events, int sentence, List<String> travellers) {
        int best = -1;
        int bestSentence = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof Visit v && (v.status() == Status.OCCURRED || v.status() == Status.PLANNED)
                    && v.visitors().stream().anyMatch(travellers::contains)) {
                int at = doc.sentenceIndexAt(v.evidence().begin());
                if (at < sentence && at >= sentence - SENTENCES_BACK && at > bestSentence) {
                    best = i;
                    bestSentence = at;
                }
            }
        }
        return best;
    }
}
