package org.dragoman.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "Ana Soto received on Tuesday at Acme Palace the Bordurian Minister of Foreign Affairs, Ivo Ruiz": an object that
 * comes after the verb's time and place, as translated copy often sets it, may be hung by the parser on the place
 * noun as a loose dependent. Where a meeting verb has no object, such a dependent of one of its place or time phrases
 * that comes after that phrase is the verb's object.
 *
 * <p>Edge cases: only verbs of the {@code meet-verb} list; only a dependent ("dep") after the phrase's head that is a
 * person's name or a title with one beside it (its own apposition, or one the parser hung on the place too); a verb
 * with an object of its own is left alone.
 */
final class DisplacedObjectRepair {
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");

    private DisplacedObjectRepair() {
    }

    /** The article with such objects re-hung; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, DisplacedObjectRepair::repair);
    }

    static Sentence repair(Sentence s) {
        for (int v = 0; v < s.tokens().size(); v++) {
            if (!s.token(v).isVerb() || !MEET_VERBS.contains(s.token(v).lemma().toLowerCase(Locale.ROOT))
                    || !Arguments.dependents(s, v, "obj", "nsubj:pass").isEmpty()) {
                continue;
            }
            for (int phrase : Arguments.dependents(s, v, "obl")) {
                if (phrase < v) {
                    continue;
                }
                final int verb = v;
                for (int loose : Arguments.dependents(s, phrase, "dep")) {
                    if (loose < phrase) {
                        continue;
                    }
                    if (person(s, loose)) {
                        return SentenceRepairs.rewired(s, d -> d.dependent() == loose && d.governor() == phrase ? null : d,
                                List.of(new Dependency("obj", verb, loose)));
                    }
                    // "at the Palace of the Republic the Ruritanian Minister of Foreign Affairs, Ivo Ruiz": the name
                    // hung on the place as well, beside the title.
                    int name = titleNamedBeside(s, phrase, loose);
                    if (name >= 0) {
                        return SentenceRepairs.rewired(s, d -> d.governor() == phrase && (d.dependent() == loose || d.dependent() == name)
                                ? null : d, List.of(new Dependency("obj", verb, loose), new Dependency("appos", loose, name)));
                    }
                }
            }
        }
        return s;
    }

    /** The person's name set beside title {@code title} as another dependent of {@code phrase}, or -1. */
    private static int titleNamedBeside(Sentence s, int phrase, int title) {
        if (!s.token(title).isNoun() || !TitleLexicon.isTitleWord(s.token(title).word().toLowerCase(Locale.ROOT))) {
            return -1;
        }
        return Arguments.dependents(s, phrase, "appos").stream().filter(a -> a > title && s.token(a).ner().equals("PERSON"))
                .findFirst().orElse(-1);
    }

    /** A person's name, or a title with a person's name set beside it ("the Minister of Foreign Affairs, Ivo Ruiz"). */
    private static boolean person(Sentence s, int t) {
        boolean name = s.token(t).isProperNoun() && s.token(t).ner().equals("PERSON");
        boolean titled = s.token(t).isNoun() && TitleLexicon.isTitleWord(s.token(t).word().toLowerCase(Locale.ROOT))
                && Arguments.dependents(s, t, "appos").stream().anyMatch(a -> s.token(a).ner().equals("PERSON"));
        return name || titled;
    }
}
