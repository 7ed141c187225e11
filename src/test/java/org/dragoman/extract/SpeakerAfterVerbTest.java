package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dragoman.link.KnowledgeBase;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.Extraction;
import org.dragoman.model.Statement;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Mention;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

/** A speaker named after the reporting verb of a quotation, however the tagger read the name; made-up names. */
class SpeakerAfterVerbTest {
    private static final String TABLE = "qid\ttype\tlabel\taliases\tcountry\tenwiki\n";

    @Test
    void aSurnameTaggedAsAnAdjectiveAfterSaidStillSpeaks() {
        // '" We will win , " said Marlow .' with "Marlow" tagged JJ and hung as the verb's xcomp, as the parser does.
        String[] words = {"\u201c", "We", "will", "win", ",", "\u201d", "said", "Marlow", "."};
        String[] lemmas = {"\u201c", "we", "will", "win", ",", "\u201d", "say", "marlow", "."};
        String[] tags = {"``", "PRP", "MD", "VB", ",", "''", "VBD", "JJ", "."};
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            text.append(i > 0 ? " " : "");
            int begin = text.length();
            text.append(words[i]);
            tokens.add(new Token(i, words[i], lemmas[i], tags[i], i == 7 ? "PERSON" : "O", null, begin, text.length()));
        }
        List<Dependency> deps = List.of(new Dependency("root", -1, 6), new Dependency("ccomp", 6, 3), new Dependency("nsubj", 3, 1),
                new Dependency("aux", 3, 2), new Dependency("xcomp", 6, 7), new Dependency("punct", 6, 8));
        String t = text.toString();
        Sentence sentence = new Sentence(0, 0, t.length(), t, tokens, deps);
        Mention marlow = new Mention(0, 7, 8, 7, "Marlow", "PERSON", tokens.get(7).begin(), tokens.get(7).end());
        AnnotatedArticle doc = new AnnotatedArticle(new Article("t", "t.txt", t, 0, LocalDate.of(2020, 1, 1)), List.of(sentence),
                List.of(marlow), List.of(), List.of());
        KnowledgeBase kb = KnowledgeBase.of(new ByteArrayInputStream(TABLE.getBytes(StandardCharsets.UTF_8)), null);
        Extraction x = new Extractor(kb).extract(doc);
        List<Statement> said = x.events().stream().filter(Statement.class::isInstance).map(Statement.class::cast).toList();
        assertEquals(1, said.size(), said.toString());
        String speaker = x.entities().stream().filter(e -> e.id().equals(said.get(0).speaker())).map(Entity::label).findFirst().orElse(null);
        assertEquals("Marlow", speaker);
    }
}
