package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "A visit by Lenko set for April was called off", parsed with "set" as a clausal subject's verb; made up. */
class ReducedRelativeRepairTest {
    private static final String[] WORDS = {"A", "visit", "by", "Lenko", "set", "for", "April", "was", "called", "off"};
    private static final String[] TAGS = {"DT", "NN", "IN", "NNP", "VBD", "IN", "NNP", "VBD", "VBN", "RP"};

    private static AnnotatedArticle article(String verbTag, List<Dependency> deps) {
        String[] tags = TAGS.clone();
        tags[4] = verbTag;
        return TestArticles.article(WORDS, tags, Map.of(), deps, List.of(), List.of());
    }

    private static List<Dependency> misread() {
        return List.of(new Dependency("root", -1, 8), new Dependency("det", 1, 0), new Dependency("nmod:by", 1, 3),
                new Dependency("case", 3, 2), new Dependency("nsubj", 4, 1), new Dependency("obl:for", 4, 6), new Dependency("case", 6, 5),
                new Dependency("csubj:pass", 8, 4), new Dependency("aux:pass", 8, 7), new Dependency("compound:prt", 8, 9));
    }

    @Test
    void aPastTenseClausalSubjectAfterItsNounIsAParticipleOfThatNoun() {
        Sentence s = ReducedRelativeRepair.repair(article("VBD", misread())).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("nsubj:pass", 8, 1)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("acl", 1, 4)), s.dependencies().toString());
        assertFalse(s.dependencies().contains(new Dependency("csubj:pass", 8, 4)));
        assertEquals("VBN", s.token(4).pos());
    }

    @Test
    void aVerbOfNoPlanIsLeftAlone() {
        String[] words = WORDS.clone();
        words[4] = "stalled";
        AnnotatedArticle parsed = TestArticles.article(words, TAGS, Map.of(), misread(), List.of(), List.of());
        assertSame(parsed, ReducedRelativeRepair.repair(parsed));
    }

    @Test
    void aVerbWithAnObjectIsAClauseOfItsOwn() {
        List<Dependency> deps = new java.util.ArrayList<>(misread());
        deps.remove(new Dependency("obl:for", 4, 6));
        deps.add(new Dependency("obj", 4, 6));
        AnnotatedArticle parsed = article("VBD", deps);
        assertSame(parsed, ReducedRelativeRepair.repair(parsed));
    }
}
