package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GenderLexiconTest {
    private static GenderLexicon genders;

    @BeforeAll
    static void load() {
        genders = GenderLexicon.load();
    }

    @Test
    void namesOfManyLanguagesHaveAGender() {
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Radoslav Voinov"));
        assertEquals(GenderLexicon.Gender.FEMALE, genders.of("Agnieszka Rurik"));
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Zbigniew-Jan Orlow"));
    }

    @Test
    void corenlpCountsDecideWhereTheyKnowTheName() {
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Kim Dalton"));
        assertEquals(GenderLexicon.Gender.UNKNOWN, genders.of("Jean Marlow"));
    }

    @Test
    void unknownNamesStayUnknown() {
        assertEquals(GenderLexicon.Gender.UNKNOWN, genders.of("Qzxv Ruritan"));
    }
}
