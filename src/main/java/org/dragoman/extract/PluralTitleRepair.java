package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "The two Ministers held talks": house styles that capitalise titles (South Asian and Gulf papers) make the tagger
 * read a plural title as a proper noun (NNP or NNPS), which names no one. A capitalised plural of a title word right after
 * "the", "both" or a number word is the common noun, tagged NNS with its singular as the lemma.
 */
final class PluralTitleRepair {
    private static final Set<String> BEFORE = Set.of("the", "both", "two", "three", "four", "five", "six", "seven", "eight");

    private PluralTitleRepair() {
    }

    /** The article with such titles read as common nouns; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, PluralTitleRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        List<Token> tokens = null;
        for (int t = 1; t < s.tokens().size(); t++) {
            Token tok = s.token(t);
            String singular = singular(tok.word().toLowerCase(Locale.ROOT));
            boolean plural = tok.pos().equals("NNPS") || tok.pos().equals("NNP") && tok.word().endsWith("s");
            if (plural && TitleLexicon.isTitleWord(singular) && !singular.equals(tok.word().toLowerCase(Locale.ROOT))
                    && BEFORE.contains(s.token(t - 1).word().toLowerCase(Locale.ROOT))) {
                tokens = tokens == null ? new ArrayList<>(s.tokens()) : tokens;
                tokens.set(t, new Token(tok.index(), tok.word(), singular, "NNS", tok.ner(), tok.normalized(), tok.begin(), tok.end()));
            }
        }
        return tokens == null ? s : new Sentence(s.index(), s.begin(), s.end(), s.text(), tokens, s.dependencies());
    }

    /** "ministers" to "minister", "secretaries" to "secretary". */
    private static String singular(String plural) {
        if (plural.endsWith("ies")) {
            return plural.substring(0, plural.length() - 3) + "y";
        }
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }
}
