package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "State Councilor and Foreign Minister Ana Soto held talks", with the name read as a second person; made up. */
class DoubleTitleRepairTest {
    private static final String[] WORDS = {"State", "Councilor", "and", "Foreign", "Minister", "Ana", "Soto", "held", "talks"};
    private static final String[] TAGS = {"NNP", "NNP", "CC", "NNP", "NNP", "NNP", "NNP", "VBD", "NNS"};
    private static final Map<Integer, String> NER = Map.of(1, "TITLE", 3, "TITLE", 4, "TITLE", 5, "PERSON", 6, "PERSON");

    private static AnnotatedArticle article(List<Dependency> deps) {
        return TestArticles.article(WORDS, TAGS, NER, deps, List.of(), List.of());
    }

    @Test
    void aNameConjoinedToABareFirstTitleTakesItsPlace() {
        Sentence s = DoubleTitleRepair.repair(article(List.of(new Dependency("root", -1, 7), new Dependency("compound", 1, 0),
                new Dependency("nsubj", 7, 1), new Dependency("cc", 6, 2), new Dependency("compound", 4, 3),
                new Dependency("compound", 6, 4), new Dependency("compound", 6, 5), new Dependency("nsubj", 7, 6),
                new Dependency("conj:and", 1, 6), new Dependency("obj", 7, 8)))).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("compound", 6, 1)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("nsubj", 7, 1)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("conj:and", 1, 6)), s.dependencies().toString());
    }

    @Test
    void twoTitledPeopleAreLeftAlone() {
        // "Ivo Councilor and Foreign Minister Ana Soto": a first title after a name is that person's; the two stay two.
        AnnotatedArticle pair = TestArticles.article(new String[] {"Ivo", "Councilor", "and", "Foreign", "Minister", "Ana", "Soto", "held",
                "talks"}, TAGS, Map.of(0, "PERSON", 1, "TITLE", 3, "TITLE", 4, "TITLE", 5, "PERSON", 6, "PERSON"),
                List.of(new Dependency("root", -1, 7), new Dependency("compound", 1, 0), new Dependency("nsubj", 7, 1),
                        new Dependency("cc", 6, 2), new Dependency("compound", 4, 3), new Dependency("compound", 6, 4),
                        new Dependency("compound", 6, 5), new Dependency("nsubj", 7, 6), new Dependency("conj:and", 1, 6),
                        new Dependency("obj", 7, 8)), List.of(), List.of());
        assertSame(pair, DoubleTitleRepair.repair(pair));
    }
}
