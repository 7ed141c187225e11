package org.dragoman.extract;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "will travel to Lima, where he is expected to meet the grand vizier, Ana Soto": the parser may hang the name that
 * follows a title after a comma on a noun further back ("Lima"), as if it described that one. A person's name right
 * after "the TITLE," or "the TITLE of the armed forces," names the title's holder: the apposition moves to the title
 * ("Ana Soto and the commander of the army, General Tomas Marek": Marek is the commander, not Soto).
 */
final class TitleAppositionRepair {
    private TitleAppositionRepair() {
    }

    /** The article with such names hung on their titles; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TitleAppositionRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (Dependency d : s.dependencies()) {
            int name = d.dependent();
            if (d.governor() < 0 || !d.base().equals("appos") || !s.token(name).ner().equals("PERSON")) {
                continue;
            }
            int start = Collections.min(Arguments.subtree(s, name, Set.of()));
            if (start < 1) {
                // The parser may hang the sentence's opening words under a later name; nothing comes before them.
                continue;
            }
            int title = phraseHead(s, start - 2, d.governor(), name);
            boolean titleBefore = title > d.governor() && s.token(start - 1).word().equals(",") && definiteTitle(s, title);
            int holder = titleBefore ? title : s.token(start - 1).word().equals(",") ? enclosingTitle(s, d.governor(), start - 1, name) : -1;
            if (holder >= 0) {
                Dependency moved = new Dependency(d.relation(), holder, name);
                return SentenceRepairs.rewired(s, x -> x.equals(d) ? null : x, List.of(moved));
            }
        }
        return s;
    }

    /** Whether the token is a title word with "the" before it: "the grand vizier", "the head of ...". */
    private static boolean definiteTitle(Sentence s, int t) {
        return TitleLexicon.isTitleWord(s.token(t).lemma().toLowerCase(Locale.ROOT))
                && Arguments.theBefore(s, t);
    }

    /**
     * "The head of the UN mission in Ruritania, Acmemis, Ana Soto, said": a name hung on a noun inside an of- or
     * in-phrase of "the TITLE", whose phrase runs without a break up to the comma before the name, names the title's
     * holder. The title, at most three such phrases up from {@code governor}; -1 if none.
     */
    private static int enclosingTitle(Sentence s, int governor, int comma, int name) {
        int head = governor;
        for (int step = 0; step < 3; step++) {
            int up = s.parents(head).stream().filter(p -> p.governor() >= 0 && p.base().equals("nmod")).mapToInt(Dependency::governor)
                    .findFirst().orElse(-1);
            if (up < 0 || up > head) {
                return -1;
            }
            head = up;
            if (s.token(head).isNoun() && definiteTitle(s, head)) {
                Set<Integer> phrase = Arguments.subtree(s, head, Set.of(name));
                boolean unbroken = java.util.stream.IntStream.range(head, comma).allMatch(phrase::contains);
                return unbroken ? head : -1;
            }
        }
        return -1;
    }

    /**
     * The head of the phrase that ends at {@code last}: "the commander of the armed forces" for "forces". Climbs up
     * noun modifiers while the governor stays after {@code floor} and its phrase, the apposition aside, still ends
     * there.
     */
    private static int phraseHead(Sentence s, int last, int floor, int name) {
        int head = last;
        while (head >= 0) {
            // Only up an of-phrase: a verb or a noun the title is the object of is no part of its phrase.
            int up = s.parents(head).stream().filter(p -> p.governor() >= 0 && p.base().equals("nmod")).mapToInt(Dependency::governor)
                    .findFirst().orElse(-1);
            if (up <= floor || Collections.max(Arguments.subtree(s, up, Set.of(name))) != last) {
                return head;
            }
            head = up;
        }
        return head;
    }
}
