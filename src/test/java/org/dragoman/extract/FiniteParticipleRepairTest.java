package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.junit.jupiter.api.Test;

/** "The two last met in Lima" with "met" tagged a participle; made-up sentences. */
class FiniteParticipleRepairTest {
    private static final String[] WORDS = {"The", "two", "met", "in", "Lima"};

    private static AnnotatedArticle article(List<Dependency> extra) {
        String[] tags = {"DT", "CD", "VBN", "IN", "NNP"};
        List<Dependency> deps = new java.util.ArrayList<>(List.of(new Dependency("det", 1, 0), new Dependency("root", -1, 2),
                new Dependency("case", 4, 3), new Dependency("obl:in", 2, 4)));
        deps.addAll(extra);
        return TestArticles.article(WORDS, tags, Map.of(), deps, List.of(), List.of());
    }

    @Test
    void aRootParticipleWithAnActiveSubjectIsThePast() {
        AnnotatedArticle repaired = FiniteParticipleRepair.repair(article(List.of(new Dependency("nsubj", 2, 1))));
        assertEquals("VBD", repaired.sentences().get(0).token(2).pos());
    }

    @Test
    void aPassiveOrAParticipleWithAnAuxiliaryIsLeftAlone() {
        AnnotatedArticle passive = article(List.of(new Dependency("nsubj:pass", 2, 1)));
        assertSame(passive, FiniteParticipleRepair.repair(passive));
        AnnotatedArticle agent = article(List.of(new Dependency("nsubj", 2, 1), new Dependency("obl:by", 2, 4)));
        assertSame(agent, FiniteParticipleRepair.repair(agent));
    }
}
