package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Country names that open with a compass word: at the start of a sentence NER often leaves "South" untagged and tags
 * "Sudan" alone, so "South Sudan's foreign ministry said" would speak for another state. A capitalised compass word
 * right before a country mention becomes part of it where the two words together name a country the gazetteer knows.
 *
 * <p>Edge cases: "South Ruritania" is joined only if the gazetteer knows it as a country; a compass word already tagged
 * with the country's kind is left alone.
 */
final class CompassCountryRepair {
    private static final Set<String> COMPASS = Set.of("North", "South", "East", "West", "Central");

    private CompassCountryRepair() {
    }

    /** The article with such names joined; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc, Gazetteer gazetteer) {
        List<Mention> mentions = new ArrayList<>(doc.entityMentions());
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        boolean changed = false;
        for (Mention m : doc.entityMentions()) {
            Sentence s = doc.sentences().get(m.sentence());
            int before = m.start() - 1;
            if (before < 0 || !COMPASS.contains(s.token(before).word()) || s.token(before).ner().equals(m.kind())) {
                continue;
            }
            String name = s.token(before).word() + " " + m.text();
            Optional<EntityType> type = gazetteer.typeOf(name);
            if (type.isEmpty() || type.get() != EntityType.COUNTRY) {
                continue;
            }
            Sentence was = sentences.get(s.index());
            List<Token> tokens = new ArrayList<>(was.tokens());
            Token w = tokens.get(before);
            tokens.set(before, new Token(w.index(), w.word(), w.lemma(), "NNP", s.token(m.start()).ner(), w.normalized(), w.begin(), w.end()));
            sentences.set(s.index(), new Sentence(was.index(), was.begin(), was.end(), was.text(), tokens, was.dependencies()));
            mentions.remove(m);
            mentions.add(new Mention(m.sentence(), before, m.end(), m.head(), name, m.kind(), w.begin(), m.endChar()));
            changed = true;
        }
        if (!changed) {
            return doc;
        }
        mentions.sort(Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        return new AnnotatedArticle(doc.article(), sentences, mentions, doc.corefChains(), doc.quotes());
    }
}
