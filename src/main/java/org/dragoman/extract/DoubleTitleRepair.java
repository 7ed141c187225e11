package org.dragoman.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "talks with the Deputy Chairman of the Cabinet of Ministers and Foreign Minister Ana Soto": one person with two
 * titles, the first with an of-phrase. The parser may hang the name inside that of-phrase ("Ministers and ... Soto"),
 * so that the talks are with a chairman who has no name. A person's name after "and" and a title, under an earlier
 * title that names no one itself, takes that title's place; the title becomes its compound and keeps its of-phrase.
 * So does a name the parser made the conjunct of a bare first title ("State Councilor and Foreign Minister Ana Soto").
 */
final class DoubleTitleRepair {
    private DoubleTitleRepair() {
    }

    /** The article with such names made heads; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, DoubleTitleRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int name = 0; name < s.tokens().size(); name++) {
            boolean last = name + 1 == s.tokens().size() || !s.token(name + 1).ner().equals("PERSON");
            if (!s.token(name).ner().equals("PERSON") || !s.token(name).isProperNoun() || !last) {
                continue;
            }
            int start = name;
            while (start > 0 && s.token(start - 1).ner().equals("PERSON")) {
                start--;
            }
            int and = start - 1;
            while (and >= 0 && s.token(and).ner().equals("TITLE")) {
                and--;
            }
            if (and < 1 || and == start - 1 || !s.token(and).word().equals("and")) {
                continue;
            }
            int title = firstTitle(s, and);
            if (title >= 0 && Arguments.subtree(s, title, Set.of()).contains(name)) {
                return renamed(s, title, name);
            }
            int conjoined = and - 1;
            if (conjoinedTitle(s, conjoined, name)) {
                return renamed(s, conjoined, name);
            }
        }
        return s;
    }

    /**
     * The title before {@code and} whose of-phrase runs up to it, naming no one: a capitalised title word, then "of"
     * right after it, and no name, verb or comma between; -1 when there is none.
     */
    private static int firstTitle(Sentence s, int and) {
        for (int t = and - 1; t >= 1; t--) {
            String word = s.token(t).word();
            if (s.token(t).ner().equals("PERSON") || s.token(t).isVerb() || word.equals(",")) {
                return -1;
            }
            if (s.token(t).ner().equals("TITLE") && s.token(t).isProperNoun() && s.token(t + 1).word().equals("of")
                    && TitleLexicon.isTitleWord(word.toLowerCase(java.util.Locale.ROOT))) {
                return s.token(t - 1).ner().equals("PERSON") ? -1 : t;
            }
        }
        return -1;
    }

    /**
     * "State Councilor and Foreign Minister Ana Soto held talks": a capitalised title word right before "and" that
     * names no one, with the name after the second title hung on it as a conjunct, as if two people were meant.
     */
    private static boolean conjoinedTitle(Sentence s, int t, int name) {
        return t >= 0 && s.token(t).ner().equals("TITLE") && s.token(t).isProperNoun()
                && TitleLexicon.isTitleWord(s.token(t).word().toLowerCase(java.util.Locale.ROOT))
                && (t == 0 || !s.token(t - 1).ner().equals("PERSON"))
                && s.children(t).stream().anyMatch(d -> d.dependent() == name && d.relation().startsWith("conj"));
    }

    private static Sentence renamed(Sentence s, int title, int name) {
        Set<Integer> phrase = new HashSet<>();
        for (int t = title; t < name; t++) {
            phrase.add(t);
        }
        return SentenceRepairs.rewired(s, d -> {
            // The name leaves the of-phrase it was hung in.
            if (d.dependent() == name && phrase.contains(d.governor())) {
                return null;
            }
            if (d.dependent() == title) {
                return new Dependency(d.relation(), d.governor(), name);
            }
            return d;
        }, List.of(new Dependency("compound", name, title)));
    }
}
