package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InitialledNameTest {
    @Test
    void anInitialSpellsOutTheGivenNameItBegins() {
        assertTrue(EntityExtractor.spelledOut(List.of("k", "berg"), List.of("karl", "berg")));
        assertTrue(EntityExtractor.spelledOut(List.of("a", "b", "ruiz"), List.of("ana", "belen", "ruiz")));
    }

    @Test
    void anotherLetterAnotherSurnameOrTheSameNameSpellNothing() {
        assertFalse(EntityExtractor.spelledOut(List.of("k", "berg"), List.of("ivo", "berg")));
        assertFalse(EntityExtractor.spelledOut(List.of("k", "berg"), List.of("karl", "lind")));
        assertFalse(EntityExtractor.spelledOut(List.of("karl", "berg"), List.of("karl", "berg")));
        assertFalse(EntityExtractor.spelledOut(List.of("k", "berg"), List.of("karl", "otto", "berg")));
    }
}
