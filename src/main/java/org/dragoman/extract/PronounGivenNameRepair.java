package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Chinese names whose given name is spelt like an English pronoun: in "Vice Premier Zhao He held talks", NER tags
 * "Zhao" alone or nothing, and the tagger reads "He" as a pronoun, so the person would be "Zhao" or nobody. A
 * capitalised "He" inside a sentence, right after a Chinese family name that NER tags as a one-word person or that
 * follows a title, is the rest of that name: the two words become one person mention, tagged as a name.
 */
final class PronounGivenNameRepair {
    private static final Set<String> CHINESE_FAMILY_NAMES = WordLists.NAMES.get("chinese-family-name");
    private static final Set<String> PRONOUN_SPELT_GIVEN_NAMES = Set.of("He");

    private PronounGivenNameRepair() {
    }

    /** The article with such names joined; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        List<Mention> mentions = new ArrayList<>(doc.entityMentions());
        List<Sentence> sentences = new ArrayList<>(doc.sentences());
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            for (int family = 1; family + 1 < s.tokens().size(); family++) {
                int at = family;
                Token given = s.token(family + 1);
                if (!PRONOUN_SPELT_GIVEN_NAMES.contains(given.word()) || !given.ner().equals("O")
                        || !CHINESE_FAMILY_NAMES.contains(s.token(at).word())) {
                    continue;
                }
                Optional<Mention> alone = mentions.stream().filter(m -> m.sentence() == s.index() && m.start() == at
                        && m.end() == at + 1 && m.kind().equals("PERSON")).findFirst();
                boolean afterTitle = s.token(at).ner().equals("O") && s.token(at - 1).ner().equals("TITLE");
                if (alone.isEmpty() && !afterTitle) {
                    continue;
                }
                List<Token> tokens = new ArrayList<>(sentences.get(s.index()).tokens());
                for (int t = at; t <= at + 1; t++) {
                    Token w = tokens.get(t);
                    tokens.set(t, new Token(w.index(), w.word(), w.word(), "NNP", "PERSON", w.normalized(), w.begin(), w.end()));
                }
                Sentence was = sentences.get(s.index());
                sentences.set(s.index(), new Sentence(was.index(), was.begin(), was.end(), was.text(), tokens, was.dependencies()));
                alone.ifPresent(mentions::remove);
                Token first = s.token(at);
                mentions.add(new Mention(s.index(), at, at + 2, at + 1, first.word() + " " + given.word(), "PERSON",
                        first.begin(), given.end()));
                changed = true;
            }
        }
        if (!changed) {
            return doc;
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::sentence).thenComparingInt(Mention::start));
        return new AnnotatedArticle(doc.article(), sentences, mentions, doc.corefChains(), doc.quotes());
    }
}
