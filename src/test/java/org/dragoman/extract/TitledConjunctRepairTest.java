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

/** "President Ana Lenko and Defence Minister Ivo Marek received Ruiz", with "Lenko" read as a compound of "Minister"; made up. */
class TitledConjunctRepairTest {
    private static final String[] WORDS = {"President", "Ana", "Lenko", "and", "Defence", "Minister", "Ivo", "Marek", "received", "Ruiz"};
    private static final String[] TAGS = {"NNP", "NNP", "NNP", "CC", "NNP", "NNP", "NNP", "NNP", "VBD", "NNP"};
    private static final Map<Integer, String> NER = Map.of(0, "TITLE", 1, "PERSON", 2, "PERSON", 4, "TITLE", 5, "TITLE", 6, "PERSON",
            7, "PERSON", 9, "PERSON");

    private static AnnotatedArticle article(List<Dependency> deps) {
        return TestArticles.article(WORDS, TAGS, NER, deps, List.of(), List.of());
    }

    @Test
    void aNameReadAsACompoundOfTheNextTitleIsAConjunct() {
        Sentence s = TitledConjunctRepair.repair(article(List.of(new Dependency("root", -1, 8), new Dependency("compound", 2, 0),
                new Dependency("compound", 2, 1), new Dependency("conj:and", 2, 4), new Dependency("cc", 4, 3),
                new Dependency("compound", 5, 2), new Dependency("compound", 5, 4), new Dependency("compound", 7, 5),
                new Dependency("compound", 7, 6), new Dependency("nsubj", 8, 7), new Dependency("obj", 8, 9)))).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 8, 2)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("conj:and", 2, 7)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("compound", 5, 2)));
    }

    @Test
    void aWellParsedPairIsLeftAlone() {
        AnnotatedArticle parsed = article(List.of(new Dependency("root", -1, 8), new Dependency("compound", 2, 0),
                new Dependency("compound", 2, 1), new Dependency("conj:and", 2, 7), new Dependency("cc", 7, 3),
                new Dependency("compound", 5, 4), new Dependency("compound", 7, 5), new Dependency("compound", 7, 6),
                new Dependency("nsubj", 8, 2), new Dependency("nsubj", 8, 7), new Dependency("obj", 8, 9)));
        assertSame(parsed, TitledConjunctRepair.repair(parsed));
    }
}
