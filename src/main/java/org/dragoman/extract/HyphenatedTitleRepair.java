package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "The secretary-general met Ivo Ruiz": the tokenizer splits a hyphenated title into "secretary", "-" and "general", and
 * the parser heads it now by one word, now by the other, which are titles of their own ("the general"). A title the
 * lexicon knows hyphenated ("secretary-general", "vice-president") becomes one noun again: its first token carries the
 * whole word and every relation of the three, and the other two hang on it.
 */
final class HyphenatedTitleRepair {
    private HyphenatedTitleRepair() {
    }

    /** The article with such titles joined; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, HyphenatedTitleRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        Sentence out = s;
        for (int i = 0; i + 2 < out.tokens().size(); i++) {
            Token first = out.token(i);
            Token last = out.token(i + 2);
            boolean joined = out.token(i + 1).word().equals("-") && first.end() == out.token(i + 1).begin()
                    && out.token(i + 1).end() == last.begin();
            String word = first.word() + "-" + last.word();
            if (joined && TitleLexicon.isTitleWord(word.toLowerCase(Locale.ROOT))) {
                out = joinedAt(out, i, word);
            }
        }
        return out;
    }

    private static Sentence joinedAt(Sentence s, int first, String word) {
        Token a = s.token(first);
        List<Token> tokens = new ArrayList<>(s.tokens());
        tokens.set(first, new Token(first, word, word.toLowerCase(Locale.ROOT), "NN", a.ner(), a.normalized(), a.begin(), s.token(first + 2).end()));
        Set<Dependency> deps = new LinkedHashSet<>();
        for (Dependency d : s.dependencies()) {
            boolean governorInside = d.governor() >= first && d.governor() <= first + 2;
            boolean dependentInside = d.dependent() >= first && d.dependent() <= first + 2;
            if (governorInside && dependentInside) {
                continue;
            }
            deps.add(new Dependency(d.relation(), governorInside ? first : d.governor(), dependentInside ? first : d.dependent()));
        }
        deps.add(new Dependency("punct", first, first + 1));
        deps.add(new Dependency("flat", first, first + 2));
        return new Sentence(s.index(), s.begin(), s.end(), s.text(), List.copyOf(tokens), List.copyOf(deps));
    }
}
