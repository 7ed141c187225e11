package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** "Pak Jae - in and Ivo Ruiz met": the split-off syllable read as a preposition; made-up names. */
class SplitNameRepairTest {
    private static AnnotatedArticle article(List<Dependency> deps, String... words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            tags[i] = words[i].equals("in") ? "IN" : words[i].equals("met") ? "VBD" : Character.isUpperCase(words[i].charAt(0)) ? "NNP" : "CC";
        }
        return TestArticles.article(words, tags, Map.of(), deps, List.of(), List.of());
    }

    @Test
    void aNameAfterASplitSyllableIsAConjunctSharingTheSubjectRole() {
        // Pak(0) Jae(1) -(2) in(3) and(4) Ivo(5) Ruiz(6) met(7)
        List<Dependency> deps = List.of(new Dependency("compound", 1, 0), new Dependency("nsubj", 7, 1), new Dependency("punct", 1, 2),
                new Dependency("case", 6, 3), new Dependency("cc", 6, 4), new Dependency("compound", 6, 5),
                new Dependency("nmod:in", 1, 6), new Dependency("root", -1, 7));
        Sentence s = SplitNameRepair.repair(article(deps, "Pak", "Jae", "-", "in", "and", "Ivo", "Ruiz", "met")).sentences().get(0);
        assertTrue(s.dependencies().contains(new Dependency("conj:and", 1, 6)), s.dependencies().toString());
        assertTrue(s.dependencies().contains(new Dependency("nsubj", 7, 6)), "the conjunct is a subject too");
    }

    @Test
    void aRealPrepositionIsLeftAlone() {
        // Ana(0) Soto(1) in(2) Lima(3) met(4)
        List<Dependency> deps = List.of(new Dependency("compound", 1, 0), new Dependency("nsubj", 4, 1), new Dependency("case", 3, 2),
                new Dependency("nmod:in", 1, 3), new Dependency("root", -1, 4));
        AnnotatedArticle doc = article(deps, "Ana", "Soto", "in", "Lima", "met");
        assertSame(doc, SplitNameRepair.repair(doc));
    }
}
