package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Meeting;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;
import org.junit.jupiter.api.Test;

/**
 * "He" as a meeting's subject continues the subject of the sentence before, where coreference reached further back.
 * Hand-written parses of made-up sentences; coreference is played by the entity index, which maps the pronoun.
 */
class ContinuedSubjectTest {
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final Map<Long, String> tokenToEntity = new HashMap<>();
    private final Map<String, Entity> entities = new HashMap<>();

    /** Adds a sentence of {@code word/POS} or {@code word/lemma/POS} tokens whose edges are {@code relation:governor:dependent}. */
    private ContinuedSubjectTest sentence(String tagged, String... edges) {
        List<Token> tokens = new ArrayList<>();
        int begin = text.length();
        for (String item : tagged.trim().split("\\s+")) {
            String[] f = item.split("/");
            int at = text.length();
            text.append(f[0]).append(' ');
            String lemma = f.length == 3 ? f[1] : f[0].toLowerCase();
            tokens.add(new Token(tokens.size(), f[0], lemma, f[f.length - 1], "O", null, at, at + f[0].length()));
        }
        List<Dependency> deps = new ArrayList<>();
        for (String e : edges) {
            String[] f = e.split(":");
            String relation = f.length == 4 ? f[0] + ":" + f[1] : f[0];
            deps.add(new Dependency(relation, Integer.parseInt(f[f.length - 2]), Integer.parseInt(f[f.length - 1])));
        }
        int index = sentences.size();
        sentences.add(new Sentence(index, begin, text.length() - 1, text.substring(begin, text.length() - 1), tokens, deps));
        return this;
    }

    private ContinuedSubjectTest person(String label, int sentence, int... tokens) {
        String id = "person/" + label.toLowerCase().replace(' ', '-');
        entities.putIfAbsent(id, new Entity(id, EntityType.PERSON, label, List.of(), List.of(), List.of(), null));
        for (int t : tokens) {
            tokenToEntity.put(EntityIndex.key(sentence, t), id);
        }
        return this;
    }

    private Set<String> participants() {
        Article article = new Article("t", "t.txt", text.toString(), 0, LocalDate.of(2022, 3, 10));
        AnnotatedArticle doc = new AnnotatedArticle(article, sentences, List.of(), List.of(), List.of());
        List<Meeting> found = new MeetingExtractor(GenderLexicon.load(), VerbLexicon.bundled())
                .extract(doc, new EntityIndex(new ArrayList<>(entities.values()), tokenToEntity), new DateResolver(doc))
                .stream().filter(Meeting.class::isInstance).map(Meeting.class::cast).toList();
        assertEquals(1, found.size(), found.toString());
        return Set.copyOf(found.get(0).participants());
    }

    @Test
    void pronounContinuesThePreviousSubjectOverAFarAntecedent() {
        // "John Hale spoke. Peter Lund said so. He phoned Mary Voss." with coreference taking "He" for John Hale.
        sentence("John/NNP Hale/NNP spoke/VBD ./.", "compound:1:0", "nsubj:2:1", "root:-1:2")
                .person("John Hale", 0, 0, 1)
                .sentence("Peter/NNP Lund/NNP said/VBD so/RB ./.", "compound:1:0", "nsubj:2:1", "root:-1:2", "advmod:2:3")
                .person("Peter Lund", 1, 0, 1)
                .sentence("He/PRP phoned/phone/VBD Mary/NNP Voss/NNP ./.", "nsubj:1:0", "root:-1:1", "compound:3:2", "obj:1:3")
                .person("John Hale", 2, 0).person("Mary Voss", 2, 2, 3);
        assertEquals(Set.of("person/peter-lund", "person/mary-voss"), participants());
    }

    @Test
    void coreferenceToAPersonJustNamedStands() {
        // "Peter Lund thanked John Hale. He phoned Mary Voss." with coreference taking "He" for John Hale.
        sentence("Peter/NNP Lund/NNP thanked/VBD John/NNP Hale/NNP ./.", "compound:1:0", "nsubj:2:1", "root:-1:2",
                "compound:4:3", "obj:2:4")
                .person("Peter Lund", 0, 0, 1).person("John Hale", 0, 3, 4)
                .sentence("He/PRP phoned/phone/VBD Mary/NNP Voss/NNP ./.", "nsubj:1:0", "root:-1:1", "compound:3:2", "obj:1:3")
                .person("John Hale", 1, 0).person("Mary Voss", 1, 2, 3);
        assertEquals(Set.of("person/john-hale", "person/mary-voss"), participants());
    }
    @Test
    void aNameModifyingTheSubjectsTitleIsNotTheSubject() {
        // "Acme House spokesman Peter Lund spoke. He phoned Mary Voss." with "Acme House" tagged a person and no coreference.
        sentence("Acme/NNP House/NNP spokesman/NN Peter/NNP Lund/NNP spoke/VBD ./.", "compound:1:0", "compound:2:1", "compound:4:2",
                "compound:4:3", "nsubj:5:4", "root:-1:5")
                .person("Acme House", 0, 0, 1).person("Peter Lund", 0, 3, 4)
                .sentence("He/PRP phoned/phone/VBD Mary/NNP Voss/NNP ./.", "nsubj:1:0", "root:-1:1", "compound:3:2", "obj:1:3")
                .person("Mary Voss", 1, 2, 3);
        assertEquals(Set.of("person/peter-lund", "person/mary-voss"), participants());
    }

    @Test
    void pronounAfterTheSentencesOwnSubjectIsThatSubject() {
        // "John Hale spoke. Peter Lund said he phoned Mary Voss." with coreference taking "he" for John Hale.
        sentence("John/NNP Hale/NNP spoke/VBD ./.", "compound:1:0", "nsubj:2:1", "root:-1:2")
                .person("John Hale", 0, 0, 1)
                .sentence("Peter/NNP Lund/NNP said/VBD he/PRP phoned/phone/VBD Mary/NNP Voss/NNP ./.", "compound:1:0",
                        "nsubj:2:1", "root:-1:2", "ccomp:2:4", "nsubj:4:3", "compound:6:5", "obj:4:6")
                .person("Peter Lund", 1, 0, 1).person("John Hale", 1, 3).person("Mary Voss", 1, 5, 6);
        assertEquals(Set.of("person/peter-lund", "person/mary-voss"), participants());
    }
}
