package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Soto received on Tuesday at Acme Palace Ivo Ruiz" with Ruiz hung on the palace (lemmas as the words); made-up. */
class DisplacedObjectRepairTest {
    private static final String[] WORDS = {"Soto", "received", "on", "Tuesday", "at", "Acme", "Palace", "Ivo", "Ruiz"};

    private static AnnotatedArticle article(String nameNer, String verb) {
        String[] words = WORDS.clone();
        words[1] = verb;
        String[] tags = {"NNP", "VBD", "IN", "NNP", "IN", "NNP", "NNP", "NNP", "NNP"};
        List<Dependency> deps = List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("case", 3, 2),
                new Dependency("obl", 1, 3), new Dependency("case", 6, 4), new Dependency("compound", 6, 5), new Dependency("obl", 1, 6),
                new Dependency("compound", 8, 7), new Dependency("dep", 6, 8));
        return TestArticles.article(words, tags, Map.of(0, "PERSON", 7, nameNer, 8, nameNer), deps, List.of(), List.of());
    }

    @Test
    void aPersonHungOnTheVenueAfterItIsTheObjectOfTheMeetingVerb() {
        Sentence s = DisplacedObjectRepair.repair(article("PERSON", "receive")).sentences().get(0);
        assertEquals(List.of(8), Arguments.dependents(s, 1, "obj"));
        assertTrue(Arguments.dependents(s, 6, "dep").isEmpty(), s.dependencies().toString());
    }

    @Test
    void aThingOrAnotherVerbIsLeftAlone() {
        AnnotatedArticle thing = article("O", "receive");
        assertSame(thing, DisplacedObjectRepair.repair(thing));
        AnnotatedArticle other = article("PERSON", "praise");
        assertSame(other, DisplacedObjectRepair.repair(other));
    }
}
