package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import java.util.List;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Role;
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
    void aFamilyNameBeforeAHyphenatedGivenNameIsNoFirstName() {
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Kim Dalton"));
        assertEquals(GenderLexicon.Gender.UNKNOWN, genders.of("Kim Min-ho"));
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Radoslav Voinov-Orlow"), "a hyphenated surname is no given name");
    }

    @Test
    void aChineseOrThreeWordKoreanNameOpensWithItsFamilyName() {
        assertEquals(GenderLexicon.Gender.UNKNOWN, genders.of("Mao Tianyu"), "Mao is a family name, not a first name");
        assertEquals(GenderLexicon.Gender.UNKNOWN, genders.of("Kim Son Il"));
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Kim Dalton"), "two words: Kim may be a first name");
    }

    @Test
    void theListAloneDecidesForANameThatIsAlsoAWord() {
        assertEquals(GenderLexicon.Gender.FEMALE, genders.of("Penny Ruritan"), "the counts take in the coin");
        assertEquals(GenderLexicon.Gender.FEMALE, genders.of("Rose Ruritan"), "the counts take in the verb");
    }

    @Test
    void unknownNamesStayUnknown() {
        assertEquals(GenderLexicon.Gender.UNKNOWN, genders.of("Qzxv Ruritan"));
    }

    @Test
    void anAccentedNameTakesTheCountsOfItsPlainSpelling() {
        assertEquals(GenderLexicon.Gender.MALE, genders.of("José Ruritan"));
        assertEquals(GenderLexicon.Gender.FEMALE, genders.of("Mónica Ruritan"));
    }

    @Test
    void aGenderedTitleWinsOverTheFirstName() {
        Entity spokeswoman = new Entity("person/mumtaz-ruritan", EntityType.PERSON, "Mumtaz Ruritan", List.of(), List.of(),
                List.of(new Role("foreign office spokeswoman", null)), null);
        assertEquals(GenderLexicon.Gender.MALE, genders.of("Mumtaz Ruritan"));
        assertEquals(GenderLexicon.Gender.FEMALE, genders.of(spokeswoman));
    }
}
