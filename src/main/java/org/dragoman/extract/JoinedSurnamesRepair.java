package org.dragoman.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * "Holm tells Ruiz Soto ready for talks": headlines drop the words between two people's short names, and NER then tags
 * them as one person. A two-word person whose words are each a word of a different longer name in the article (and
 * who is never named so in a longer name) is two people.
 */
final class JoinedSurnamesRepair {
    private JoinedSurnamesRepair() {
    }

    /** The article with such mentions split; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        List<List<String>> fullNames = new ArrayList<>();
        for (Mention m : doc.entityMentions()) {
            if (m.kind().equals("PERSON") && m.end() - m.start() >= 2) {
                fullNames.add(words(doc, m));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        boolean changed = false;
        for (Mention m : doc.entityMentions()) {
            if (m.kind().equals("PERSON") && m.end() - m.start() == 2 && joined(words(doc, m), fullNames)) {
                Sentence s = doc.sentences().get(m.sentence());
                Token first = s.token(m.start());
                Token second = s.token(m.start() + 1);
                mentions.add(new Mention(m.sentence(), m.start(), m.start() + 1, m.start(), first.word(), m.kind(), first.begin(), first.end()));
                mentions.add(new Mention(m.sentence(), m.start() + 1, m.end(), m.start() + 1, second.word(), m.kind(), second.begin(), second.end()));
                changed = true;
            } else {
                mentions.add(m);
            }
        }
        return changed ? new AnnotatedArticle(doc.article(), doc.sentences(), mentions, doc.corefChains(), doc.quotes()) : doc;
    }

    private static boolean joined(List<String> pair, List<List<String>> fullNames) {
        Set<Integer> firstIn = new HashSet<>();
        Set<Integer> secondIn = new HashSet<>();
        for (int i = 0; i < fullNames.size(); i++) {
            List<String> name = fullNames.get(i);
            if (name.equals(pair)) {
                continue;
            }
            if (java.util.Collections.indexOfSubList(name, pair) >= 0) {
                return false;
            }
            if (name.contains(pair.get(0))) {
                firstIn.add(i);
            }
            if (name.contains(pair.get(1))) {
                secondIn.add(i);
            }
        }
        // Each word must belong to a name the other word is not part of.
        return firstIn.stream().anyMatch(i -> !secondIn.contains(i)) && secondIn.stream().anyMatch(i -> !firstIn.contains(i));
    }

    private static List<String> words(AnnotatedArticle doc, Mention m) {
        Sentence s = doc.sentences().get(m.sentence());
        List<String> words = new ArrayList<>();
        for (int t = m.start(); t < m.end(); t++) {
            words.add(s.token(t).word());
        }
        return words;
    }
}
