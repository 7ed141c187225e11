package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HyphenatedNamesTest {
    @Test
    void aNamePartThatIsAFunctionWordIsJoinedAndRestored() {
        String text = "President Ivo Marek-in met Prime Minister Ana Lenko-on in Lima.";
        String joined = HyphenatedNames.joined(text);
        assertEquals(text.length(), joined.length());
        assertEquals("President Ivo Marek" + HyphenatedNames.JOINER + "in met Prime Minister Ana Lenko" + HyphenatedNames.JOINER
                + "on in Lima.", joined);
        assertEquals(text, HyphenatedNames.restore(joined));
        assertEquals("Minister Kim Ivo" + HyphenatedNames.JOINER + "se spoke.", HyphenatedNames.joined("Minister Kim Ivo-se spoke."));
    }

    @Test
    void otherHyphensStay() {
        for (String text : new String[] {"Envoy Jan Berg-Holm spoke.", "It has a built-in delay.", "Toy Jack-in-the-box sold.",
                "The Walk-in clinic opened.", "Karl Holm-in-law arrived."}) {
            assertSame(text, HyphenatedNames.joined(text), text);
        }
        assertNull(HyphenatedNames.restore(null));
    }
}
