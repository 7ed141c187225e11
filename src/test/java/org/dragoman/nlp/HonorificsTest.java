package org.dragoman.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HonorificsTest {
    @Test
    void aStyleOfAddressInInitialsIsBlankedToTheSameLength() {
        String text = "Ruiz met H.E. Mr. Ivo Holm and H. E. Ana Soto, then H.R.H. Prince Karl.";
        String blanked = Honorifics.blanked(text);
        assertEquals(text.replace("H.E.", "    ").replace("H. E.", "     ").replace("H.R.H.", "      "), blanked);
        assertEquals(text.length(), blanked.length());
    }

    @Test
    void initialsThatAddressNoOneOrBelongToAWordStay() {
        for (String text : new String[] {"He met the H.E. team.", "It was found in Ruiz.H.E. Soto.", "Soto thanked H.E.\nThen he left.",
                "Ruiz met Soto. He left."}) {
            assertSame(text, Honorifics.blanked(text), text);
        }
    }
}
