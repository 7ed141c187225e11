package org.dragoman.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.model.Article;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.CorefChain;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/** One-sentence articles built by hand for tests of the extractor's steps, without CoreNLP. */
final class TestArticles {
    private TestArticles() {
    }

    /**
     * One sentence of the given words, separated by spaces unless a word is "-", which is glued to its neighbours.
     *
     * @param tags a part of speech per word; lemmas are the words in lower case
     * @param ner  NER tags by word index, "O" elsewhere
     */
    static AnnotatedArticle article(String[] words, String[] tags, Map<Integer, String> ner, List<Dependency> deps,
                                    List<Mention> mentions, List<CorefChain> chains) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            boolean glued = words[i].equals("-") || i > 0 && words[i - 1].equals("-");
            if (i > 0 && !glued) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(words[i]);
            tokens.add(new Token(i, words[i], words[i], tags[i], ner.getOrDefault(i, "O"), null, begin, text.length()));
        }
        String t = text.toString();
        Sentence s = new Sentence(0, 0, t.length(), t, tokens, deps);
        return new AnnotatedArticle(new Article("t", "t.txt", t, 0, LocalDate.of(2020, 1, 1)), List.of(s), mentions, chains, List.of());
    }
}
