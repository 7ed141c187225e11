package org.dragoman.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The date of an event with its precision: {@code 2021-08-20}, {@code 2020-06} or {@code 2020}.
 */
public record EventDate(String iso) {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    public enum Precision { DAY, MONTH, YEAR }

    public EventDate {
        Objects.requireNonNull(iso, "iso");
        if (!ISO.matcher(iso).matches()) {
            throw new DragomanException("Not an ISO date, year-month or year: '" + iso + "'");
        }
    }

    public Precision precision() {
        return switch (iso.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        };
    }
}
