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

/** "Soto will fly to Lima to brief Ruritanian President Ruiz" with "brief" tagged an adjective; made-up sentences. */
class InfinitiveAdjectiveRepairTest {
    private static final String[] WORDS = {"Soto", "will", "fly", "to", "Lima", "to", "brief", "Ruritanian", "President", "Ruiz"};

    private static AnnotatedArticle article(String briefTag, String briefRelation) {
        String[] tags = {"NNP", "MD", "VB", "TO", "NNP", "TO", briefTag, "JJ", "NNP", "NNP"};
        List<Dependency> deps = List.of(new Dependency("nsubj", 2, 0), new Dependency("aux", 2, 1), new Dependency("root", -1, 2),
                new Dependency("case", 4, 3), new Dependency("obl:to", 2, 4), new Dependency("case", 9, 5),
                new Dependency(briefRelation, 8, 6), new Dependency("amod", 8, 7), new Dependency("compound", 9, 8),
                new Dependency("obl:to", 2, 9));
        return TestArticles.article(WORDS, tags, Map.of(), deps, List.of(), List.of());
    }

    @Test
    void aMeetingVerbReadAsAnAdjectiveAfterToIsTheInfinitiveOfPurpose() {
        Sentence s = InfinitiveAdjectiveRepair.repair(article("JJ", "amod")).sentences().get(0);
        assertEquals("VB", s.token(6).pos());
        assertEquals(2, Arguments.governor(s, 6, "xcomp"));
        assertEquals(List.of(9), Arguments.dependents(s, 6, "obj"));
        assertTrue(Arguments.dependents(s, 2, "obl:to").equals(List.of(4)), s.dependencies().toString());
    }

    @Test
    void aTrueAdjectiveOrATaggedVerbIsLeftAlone() {
        AnnotatedArticle verb = article("VB", "dep");
        assertSame(verb, InfinitiveAdjectiveRepair.repair(verb));
    }
}
