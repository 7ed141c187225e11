package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dragoman.model.Entity;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Datelines;
import org.dragoman.nlp.Sentence;

/**
 * The place of a wire dateline ("LIMA —" opening the story), as one of the article's place entities: where the reporter
 * is, and where someone who "flew in" arrived. The annotator ends a dateline with a full stop, so it is a run of words
 * in capitals right before a sentence's final stop, among the first three sentences (a headline may share it); failing
 * that, the place of an agency's dateline ("San Marcos, March 3, ACME."), or of a line of its own above the lede ("LIMA",
 * "San Marcos, Ruritania, March 3"). Empty when there is none or the article names no place of that name elsewhere.
 */
final class DatelinePlace {
    static final int LEAD_SENTENCES = 3;
    /** At most this many tokens of state, date and agency after the place: ", Peru , March 3 ( AP )". */
    private static final int TRAILING_PARTS = 8;

    private DatelinePlace() {
    }

    static Optional<String> of(AnnotatedArticle doc, EntityIndex index) {
        return inText(doc, index).or(() -> onItsOwnLine(doc, index));
    }

    /** The place of a dateline that opens the lede, or stands as a line in capitals before it; empty otherwise. */
    private static Optional<String> inText(AnnotatedArticle doc, EntityIndex index) {
        return inCapitals(doc, index).or(() -> Datelines.lead(doc.article()).flatMap(d -> placeNamed(index, d.place())));
    }

    /**
     * Whether the dateline is a line of its own above the lede ("Lima, Peru, March 3" over "By Acme"): agencies date
     * stories so from their home, wherever the story takes place.
     */
    static boolean onALineOfItsOwn(AnnotatedArticle doc, EntityIndex index) {
        return inText(doc, index).isEmpty() && onItsOwnLine(doc, index).isPresent();
    }

    private static Optional<String> onItsOwnLine(AnnotatedArticle doc, EntityIndex index) {
        return Datelines.placeLines(doc.article()).stream().map(d -> placeNamed(index, d.place())).flatMap(Optional::stream).findFirst();
    }

    private static Optional<String> inCapitals(AnnotatedArticle doc, EntityIndex index) {
        for (Sentence s : doc.sentences().subList(0, Math.min(LEAD_SENTENCES, doc.sentences().size()))) {
            int end = placeEnd(s);
            if (end < 0) {
                continue;
            }
            List<String> words = new ArrayList<>();
            int first = end;
            for (int i = end - 1; i >= 0 && capitals(s.token(i).word()); i--) {
                words.add(0, s.token(i).word());
                first = i;
            }
            // "... met officials from Germany and the UK.": a dateline opens a line ("LIMA/QUITO, March 3 -" too); a name
            // in capitals that ends a sentence of the story does not.
            int opening = first;
            while (opening > 0 && (capitals(s.token(opening - 1).word()) || s.token(opening - 1).word().equals("/"))) {
                opening--;
            }
            if (!opensLine(doc, s.token(opening).begin())) {
                continue;
            }
            return placeNamed(index, String.join(" ", words));
        }
        return Optional.empty();
    }

    /** Whether only spaces stand between the text's start or a line break and offset {@code at}. */
    private static boolean opensLine(AnnotatedArticle doc, int at) {
        String text = doc.text();
        int i = Math.min(at, text.length()) - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static Optional<String> placeNamed(EntityIndex index, String name) {
        return index.entities().stream().filter(e -> e.type().isPlace())
                .filter(e -> e.label().equalsIgnoreCase(name) || e.aliases().stream().anyMatch(name::equalsIgnoreCase))
                .map(Entity::id).findFirst();
    }

    /**
     * Where the place in capitals of a dateline ending sentence {@code s} ends (exclusive): before its final stop, past
     * state, date and agency ("LIMA, Peru (AP) —", "LIMA, March 3 —"); -1 when the sentence ends in no such dateline.
     */
    static int placeEnd(Sentence s) {
        int stop = s.tokens().size() - 1;
        if (stop < 1 || !s.token(stop).word().equals(".")) {
            return -1;
        }
        int end = stop;
        while (end > 0 && stop - end < TRAILING_PARTS) {
            String word = s.token(end - 1).word();
            // "(AP)", "(Reuters)": an agency's one-word name in brackets.
            boolean agency = end >= 3 && word.matches("[\\p{L}.-]+") && s.token(end - 2).word().matches("\\(|-LRB-")
                    && s.token(end).word().matches("\\)|-RRB-");
            // "COLUMBIA, S.C.": a state abbreviated in capitals after a comma.
            boolean state = capitals(word) && word.contains(".") && end >= 2 && s.token(end - 2).word().equals(",");
            if (agency) {
                end -= 2;
            } else if (!capitals(word) && trailing(word) || state) {
                end--;
            } else {
                break;
            }
        }
        return end > 0 && capitals(s.token(end - 1).word()) ? end : -1;
    }

    private static boolean trailing(String word) {
        return word.matches(",|\\(|\\)|-LRB-|-RRB-|\\d{1,4}|\\p{Lu}[\\p{L}.]*");
    }

    static boolean capitals(String word) {
        return word.length() >= 2 && word.chars().anyMatch(Character::isLetter) && word.equals(word.toUpperCase(Locale.ROOT));
    }
}
