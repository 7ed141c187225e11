package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "looked forward to meeting Ivo Ruiz" with "meeting" tagged a noun; made-up names. */
class GerundRepairTest {
    private static final String[] WORDS = {"She", "looked", "forward", "to", "meeting", "Ivo", "Ruiz"};
    private static AnnotatedArticle article(List<Dependency> deps) {
        return article(deps, "NN");
    }

    /** @param meetingTag the part of speech of "meeting" */
    private static AnnotatedArticle article(List<Dependency> deps, String meetingTag) {
        String[] tags = {"PRP", "VBD", "RB", "IN", meetingTag, "NNP", "NNP"};
        return TestArticles.article(WORDS, tags, Map.of(), deps, List.of(), List.of());
    }

    private static List<Dependency> common() {
        return new ArrayList<>(List.of(new Dependency("nsubj", 1, 0), new Dependency("root", -1, 1), new Dependency("advmod", 1, 2),
                new Dependency("compound", 6, 5)));
    }

    @Test
    void aNounMeetingThatModifiesTheNameIsTheVerbOfTheName() {
        List<Dependency> deps = common();
        deps.addAll(List.of(new Dependency("case", 6, 3), new Dependency("compound", 6, 4), new Dependency("obl:to", 1, 6)));
        Sentence s = GerundRepair.repair(article(deps)).sentences().get(0);
        assertEquals("VBG", s.token(4).pos());
        assertEquals("meet", s.token(4).lemma());
        assertTrue(s.dependencies().contains(new Dependency("obj", 4, 6)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("advcl", 1, 4)), s.dependencies().toString());
    }

    @Test
    void aNounMeetingWithTheNameHungElsewhereTakesItAsObject() {
        List<Dependency> deps = common();
        deps.addAll(List.of(new Dependency("case", 4, 3), new Dependency("obl:to", 1, 4), new Dependency("xcomp", 1, 6)));
        Sentence s = GerundRepair.repair(article(deps)).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("obj", 4, 6)), s.dependencies().toString());
        assertTrue(s.dependencies().stream().noneMatch(d -> d.dependent() == 6 && d.governor() == 1), "the name hangs from the verb alone");
    }

    @Test
    void aVerbTaggedAsSuchIsLeftAlone() {
        List<Dependency> deps = common();
        deps.addAll(List.of(new Dependency("mark", 4, 3), new Dependency("advcl", 1, 4), new Dependency("obj", 4, 6)));
        AnnotatedArticle verb = article(deps, "VBG");
        assertSame(verb, GerundRepair.repair(verb));
    }
}
