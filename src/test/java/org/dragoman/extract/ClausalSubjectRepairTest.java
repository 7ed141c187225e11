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

/** "She promised Ruritania would be a partner", parsed with "She promised Ruritania" as clausal subject; made up. */
class ClausalSubjectRepairTest {
    private static final String[] WORDS = {"She", "promised", "Ruritania", "would", "be", "a", "partner"};
    private static final String[] TAGS = {"PRP", "VBD", "NNP", "MD", "VB", "DT", "NN"};

    private static AnnotatedArticle article(List<Dependency> deps) {
        return TestArticles.article(WORDS, TAGS, Map.of(), deps, List.of(), List.of());
    }

    @Test
    void aVerbReadAsTheClausalSubjectIsTheMainVerb() {
        Sentence s = ClausalSubjectRepair.repair(article(List.of(new Dependency("root", -1, 6), new Dependency("csubj", 6, 1),
                new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2), new Dependency("aux", 6, 3), new Dependency("cop", 6, 4),
                new Dependency("det", 6, 5)))).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("root", -1, 1)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("ccomp", 1, 6)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 6, 2)), "the object was the clause's subject");
        assertFalse(s.dependencies().contains(new Dependency("obj", 1, 2)));
    }

    @Test
    void aWellParsedClauseIsLeftAlone() {
        AnnotatedArticle parsed = article(List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0), new Dependency("ccomp", 1, 6),
                new Dependency("nsubj", 6, 2), new Dependency("aux", 6, 3), new Dependency("cop", 6, 4), new Dependency("det", 6, 5)));
        assertSame(parsed, ClausalSubjectRepair.repair(parsed));
    }

    @Test
    void conjoinedObjectsAllBecomeTheClausesSubjects() {
        // "Officials said Ana and Ivo could meet", with "Officials said Ana and Ivo" as clausal subject of "meet".
        String[] words = {"Officials", "said", "Ana", "and", "Ivo", "could", "meet"};
        String[] tags = {"NNS", "VBD", "NNP", "CC", "NNP", "MD", "VB"};
        Sentence s = ClausalSubjectRepair.repair(TestArticles.article(words, tags, Map.of(), List.of(new Dependency("root", -1, 6),
                new Dependency("csubj", 6, 1), new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2), new Dependency("obj", 1, 4),
                new Dependency("conj:and", 2, 4), new Dependency("cc", 4, 3), new Dependency("aux", 6, 5)), List.of(), List.of()))
                .sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("root", -1, 1)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 6, 2)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 6, 4)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("obj", 1, 4)));
    }
}
