package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Lenko is scheduled to hold talks with Marek, Berg told reporters", with "to hold" read as what Berg told; made up. */
class ReportedInfinitiveRepairTest {
    private static final String[] WORDS = {"Lenko", "is", "scheduled", "to", "hold", "talks", "with", "Marek", ",", "Berg", "told", "reporters"};
    private static final String[] TAGS = {"NNP", "VBZ", "VBN", "TO", "VB", "NNS", "IN", "NNP", ",", "NNP", "VBD", "NNS"};

    private static List<Dependency> misread() {
        return List.of(new Dependency("root", -1, 2), new Dependency("nsubj:pass", 2, 0), new Dependency("aux:pass", 2, 1),
                new Dependency("dep", 2, 10), new Dependency("mark", 4, 3), new Dependency("obj", 4, 5), new Dependency("nmod:with", 5, 7),
                new Dependency("case", 7, 6), new Dependency("ccomp", 10, 4), new Dependency("punct", 10, 8), new Dependency("nsubj", 10, 9),
                new Dependency("obj", 10, 11));
    }

    private static AnnotatedArticle article(List<Dependency> deps) {
        return TestArticles.article(WORDS, TAGS, Map.of(), deps, List.of(), List.of());
    }

    @Test
    void anInfinitiveAfterItsVerbIsThatVerbsComplementNotTheReport() {
        Sentence s = ReportedInfinitiveRepair.repair(article(misread())).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("xcomp", 2, 4)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("parataxis", 2, 10)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("ccomp", 10, 4)));
    }

    @Test
    void aVerbWithAComplementOfItsOwnIsLeftAlone() {
        List<Dependency> deps = new ArrayList<>(misread());
        deps.add(new Dependency("xcomp", 2, 5));
        AnnotatedArticle parsed = article(deps);
        assertSame(parsed, ReportedInfinitiveRepair.repair(parsed));
    }
}
