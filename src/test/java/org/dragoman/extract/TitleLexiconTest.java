package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleLexiconTest {
    @Test
    void aForeignMinisterOrSecretaryOfStateIsTheTopDiplomat() {
        assertTrue(TitleLexicon.describes("Foreign Minister", List.of(TitleLexicon.TOP_DIPLOMAT)));
        assertTrue(TitleLexicon.describes("Secretary of State", List.of(TitleLexicon.TOP_DIPLOMAT)));
        assertTrue(TitleLexicon.describes("Foreign Secretary", List.of(TitleLexicon.TOP_DIPLOMAT)));
    }

    @Test
    void otherOfficesAreNot() {
        assertFalse(TitleLexicon.describes("Deputy Secretary of State", List.of(TitleLexicon.TOP_DIPLOMAT)));
        assertFalse(TitleLexicon.describes("Defence Minister", List.of(TitleLexicon.TOP_DIPLOMAT)));
        assertFalse(TitleLexicon.describes("Ambassador", List.of(TitleLexicon.TOP_DIPLOMAT)));
        assertFalse(TitleLexicon.describes("Foreign Minister", List.of("diplomat")), "a mere diplomat holds no office");
    }
}
