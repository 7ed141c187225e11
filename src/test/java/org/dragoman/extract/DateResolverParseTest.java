package org.dragoman.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateResolverParseTest {
    @Test
    void aDayIntersectedWithALengthOfTimeIsThatDay() {
        assertEquals("2011-10-23", DateResolver.parse("2011-10-23 INTERSECT >PT1H").iso());
        assertEquals("2011-10-23", DateResolver.parse("2011-10-23 INTERSECT P2D").iso());
    }

    @Test
    void weeksSeasonsAndOtherIntersectionsHaveNoSingleDay() {
        assertNull(DateResolver.parse("2021-W33"));
        assertNull(DateResolver.parse("2020-SU"));
        assertNull(DateResolver.parse("2011-10 INTERSECT >PT1H"));
        assertNull(DateResolver.parse("2011-10-23 INTERSECT 2011-10-24"));
    }
}
