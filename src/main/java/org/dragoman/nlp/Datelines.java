package org.dragoman.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dragoman.model.Article;

/**
 * Wire datelines ("LIMA, March 3 (Reuters) - ", "KUALA LUMPUR, Oct. 27 Kyodo - ", "WASHINGTON — ", "LIMA/QUITO (Acme) - ")
 * set apart from the sentence they open: the dash after one becomes a full stop, so that the parser does not read the
 * place as the subject of the lede. The text keeps its length, so offsets still point into the original.
 *
 * <p>A place in capitals of two letters or more may open any paragraph, with optional comma parts (state, date, year)
 * and an agency in brackets or as one capitalised word, before a dash between spaces. State agencies write the place
 * as a name and end the dateline with a stop or a dash ("San Marcos, March 3, ACME.", "San Marcos, 3 March 2024
 * (Acme) -", "SAN MARCOS. ACME -", "SAN MARCOS, March 3. /ACME/."), or with the agency in brackets alone ("San Marcos,
 * Mar 3 (ACME) Ana Soto met", whose brackets become a space and a stop); that form is read in the story's first paragraph
 * only, and only with a date or an agency, so that "Meanwhile, Ana Soto said" is no dateline. The Gulf and South Asian
 * press ends the place with a colon ("RIYADH: ", "San Marcos: "), which becomes a full stop likewise. A dateline with
 * a date and an agency but no place ("March 3 (Acme) -- ") is set apart the same way, and gives no place. A place on
 * a line of its own above the lede needs no setting apart; {@link #placeLines} lists the candidates.
 */
public final class Datelines {
    private static final Pattern DATELINE = Pattern.compile("(?m)^[ \\t]*\\p{Lu}{2}[\\p{Lu} .'’/]*"
            + "(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}(?: \\d{1,2})?|, \\d{1,2} \\p{Lu}[\\p{L}.]*)*"
            + "(?:,? \\d{4})?(?: \\(\\p{Lu}[\\p{L}]+(?:[ /]\\p{Lu}[\\p{L}]+){0,4}\\)| \\p{Lu}\\p{Ll}+)?"
            + " *(—|–|-{1,5})(?: +|(?<=\\)(?:—|–|-{2,5})))(?=[\\p{Lu}\"“‘])");
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2}[\\p{Lu} '’]*\\p{Lu}|\\p{Lu}{2}");
    private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{L}]+(?:[ /]\\p{Lu}[\\p{L}]+){0,4})\\)");
    private static final String MONTH = "(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\p{L}*\\.?";
    private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
    private static final String NAME = "\\p{Lu}[\\p{L}'’-]*";
    private static final Pattern AGENCY_DATELINE = Pattern.compile("^[ \\t]*(?<place>" + NAME + "(?: " + NAME + "){0,2})"
            + "(?:, " + NAME + "(?: " + NAME + ")?(?=,| \\())?"
            // "Lima, Rajab 12, 1445, January 24, 2024, ACME --": a date of a second calendar before the Gregorian one.
            + "(?:, " + NAME + "(?:[ -]" + NAME + "){0,2} \\d{1,2}, \\d{4}(?=, ))?"
            + "(?<date>,? (?:" + MONTH + " " + DAY + "|" + DAY + " " + MONTH + ")(?:,? \\d{4})?)?"
            + "(?:[,.]? ?(?:\\((?<bracketed>\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+){0,2})\\)|/(?<slashed>\\p{Lu}[\\p{L}-]+)/"
            + "|(?<capitals>\\p{Lu}{2,}[\\p{Lu}-]*)))?"
            + "(?<end>\\. *(?<dash>—|–|--|-)?| *(?<only>—|–|--|-)|\\.|(?<=\\))) +(?=[\\p{Lu}\"“‘])");

    /**
     * "March 3 (Acme) -- ", "(Acme) -- " opening the story: a dateline of an agency without a place, whose dash becomes a
     * full stop so that its date is not read into the lede.
     */
    private static final Pattern PLACELESS_DATELINE = Pattern.compile("^[ \\t]*(?:" + MONTH + " " + DAY + "(?:, \\d{4})? )?"
            + "\\(\\p{Lu}[\\p{L}-]+\\) *(?<dash>—|–|--|-) +(?=[\\p{Lu}\"“‘])");

    /**
     * "RIYADH: ...", "Abu Dhabi: ...", "SAN MARCOS, March 3: ..." (Gulf and South Asian press): a place of up to three
     * capitalised words, with a state in brackets or after a comma and a date if given, and a colon opening the story:
     * with a date, or before a sentence of ten words or more (a transcript's "Ana Soto: Thank you." is no dateline).
     */
    private static final Pattern COLON_DATELINE = Pattern.compile("^[ \\t]*(?<place>" + NAME + "(?: " + NAME + "){0,2})"
            + "(?: \\(" + NAME + "(?: " + NAME + ")?\\))?(?:, " + NAME + "(?: " + NAME + ")?)?"
            + "(?<date>,? (?:" + MONTH + " " + DAY + "|" + DAY + " " + MONTH + ")(?:,? \\d{4})?)?(?<colon>:) +"
            + "(?=[\\p{Lu}\"“‘])(?<lede>[^.!?\\n]*)");
    private static final int LEDE_WORDS = 10;

    /** A place line's words: a place of up to three words, then a state or date after a comma if any, and a colon. */
    private static final Pattern PLACE_LINE = Pattern.compile("(?<place>" + NAME + "(?: " + NAME + "){0,2})(?<rest>(?:, " + NAME
            + "(?: " + NAME + ")?)?(?:,? (?:" + MONTH + " " + DAY + "|" + DAY + " " + MONTH + ")(?:,? \\d{4})?)?):?");
    /** A byline that ends with the place it was filed from: "By Ana Soto, Lima", "By Ana Soto and Ivo Ruiz, San Marcos". */
    private static final Pattern BYLINE_PLACE = Pattern.compile("By [^,\\n]{2,60}, (?<place>" + NAME + "(?: " + NAME + "){0,2})");
    /** A name of two to four words, a comma and a place: a reporter's signature with the place filed from. */
    private static final Pattern SIGNED_PLACE = Pattern.compile(NAME + "(?: " + NAME + "){1,3}, (?<place>" + NAME + "(?: " + NAME + ")?)");
    /** Lines without a full stop that may stand above a dateline opening the lede (headline, outlet, byline, date). */
    private static final int LEAD_LINES = 3;
    /** Place lines are looked for among this many lines opening the body (a headline, a byline, the place). */
    private static final int PLACE_LINES = 3;

    private Datelines() {
    }

    /**
     * The dateline that opens the story's body, if any: at the start of its first line, or of its second when the
     * first is a headline, or after a headline run into it ("Talks Open-LIMA — -Ana Soto met"). Empty when it opens
     * with none, or with a name and stop that give neither date nor agency.
     */
    public static Optional<Dateline> lead(Article article) {
        String body = article.body();
        Optional<Matcher> joined = Headlines.joinedDateline(body);
        if (joined.isPresent()) {
            return Optional.of(new Dateline(joined.get().group("place").strip(), article.bodyStart() + joined.get().start("place"), null));
        }
        for (int start : leadStarts(body)) {
            Optional<Matcher> colon = colonDatelineAt(body, start);
            if (colon.isPresent()) {
                return Optional.of(new Dateline(colon.get().group("place"), article.bodyStart() + colon.get().start("place"), null));
            }
            Optional<Matcher> m = agencyDatelineAt(body, start);
            if (m.isPresent()) {
                return Optional.of(new Dateline(m.get().group("place"), article.bodyStart() + m.get().start("place"), agencyOf(m.get())));
            }
            Matcher wire = DATELINE.matcher(body).region(start, body.length());
            if (wire.lookingAt()) {
                Matcher place = CAPITALS.matcher(body).region(start, wire.start(1));
                if (place.find()) {
                    Matcher agency = BRACKETED.matcher(body).region(place.end(), wire.start(1));
                    return Optional.of(new Dateline(place.group(), article.bodyStart() + place.start(), agency.find() ? agency.group(1) : null));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The body's opening lines above the lede that may be a dateline of their own (South Asian and Turkish papers,
     * agencies, ministries' releases): a place in capitals ("LIMA", "SAN MARCOS"), or any place with a state or date
     * after a comma ("San Marcos, Ruritania, March 3"), the place closing a byline ("By Ana Soto, Lima"). A byline in
     * capitals ("ANA SOTO") has the same shape, so these are candidates for the caller to check against the places the
     * story names; empty when there are none.
     */
    public static List<Dateline> placeLines(Article article) {
        String body = article.body();
        List<Dateline> out = new ArrayList<>();
        int at = 0;
        for (int n = 0; n < PLACE_LINES; n++) {
            at = skipBlank(body, at);
            int end = body.indexOf('\n', at);
            String line = end < 0 ? "" : body.substring(at, end).stripTrailing();
            if (line.isEmpty() || line.matches(".*[.!?\"”]")) {
                break;
            }
            Matcher m = PLACE_LINE.matcher(body).region(at, at + line.length());
            Matcher byline = BYLINE_PLACE.matcher(body).region(at, at + line.length());
            String place = m.matches() ? m.group("place") : "";
            boolean capitals = place.length() >= 2 && place.equals(place.toUpperCase(Locale.ROOT));
            Matcher named = SIGNED_PLACE.matcher(body).region(at, at + line.length());
            if (byline.matches()) {
                out.add(new Dateline(byline.group("place"), article.bodyStart() + byline.start("place"), null));
            } else if (capitals || !place.isEmpty() && !m.group("rest").isEmpty()) {
                out.add(new Dateline(place, article.bodyStart() + m.start("place"), null));
            }
            // "Ana Soto, Lima": a reporter's name and the place filed from, after the place candidate of "Lima, Peru".
            if (named.matches()) {
                out.add(new Dateline(named.group("place"), article.bodyStart() + named.start("place"), null));
            }
            at = end;
        }
        return List.copyOf(out);
    }

    /** The text with each wire dateline's dash turned into a full stop (padded with spaces); unchanged when none. */
    static String separated(String text) {
        StringBuilder out = new StringBuilder(text);
        Matcher m = DATELINE.matcher(text);
        while (m.find()) {
            int dash = m.start(1);
            out.setCharAt(dash, '.');
            blank(out, dash + 1, m.end(1));
        }
        leadStarts(text).stream().map(start -> colonDatelineAt(text, start)).flatMap(Optional::stream).findFirst()
                .ifPresent(colon -> out.setCharAt(colon.start("colon"), '.'));
        for (int start : leadStarts(text)) {
            Matcher placeless = PLACELESS_DATELINE.matcher(text).region(start, text.length());
            if (placeless.lookingAt()) {
                out.setCharAt(placeless.start("dash"), '.');
                blank(out, placeless.start("dash") + 1, placeless.end("dash"));
                break;
            }
        }
        leadStarts(text).stream().map(start -> agencyDatelineAt(text, start)).flatMap(Optional::stream).findFirst().ifPresent(agency -> {
            if (agency.group("only") != null) {
                out.setCharAt(agency.start("only"), '.');
                blank(out, agency.start("only") + 1, agency.end("only"));
            } else if (agency.group("dash") != null) {
                blank(out, agency.start("dash"), agency.end("dash"));
            } else if (agency.group("bracketed") != null && agency.group("end").isEmpty()) {
                // "(ACME) Ana Soto met": the agency ends the dateline as a word before a stop.
                out.setCharAt(agency.start("bracketed") - 1, ' ');
                out.setCharAt(agency.end("bracketed"), '.');
            }
        });
        return out.toString();
    }

    /** Where the first line starts, and the second when the first is a headline (no stop at its end). */
    private static List<Integer> leadStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        int at = skipBlank(body, 0);
        starts.add(at);
        // "ACME NEWS / June 2, 2025 / LIMA: ...": a headline, an outlet, a byline or a date may stand on lines above it.
        for (int n = 0; n < LEAD_LINES; n++) {
            int lineEnd = body.indexOf('\n', at);
            if (lineEnd <= at || body.substring(at, lineEnd).strip().matches(".*[.\"”]")) {
                break;
            }
            at = skipBlank(body, lineEnd);
            starts.add(at);
        }
        return starts;
    }

    private static int skipBlank(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The agency's dateline starting at {@code start}: a name with a date or an agency; a name in capitals and a stop
     * ("LIMA.") says nothing of a dateline.
     */
    private static Optional<Matcher> agencyDatelineAt(String text, int start) {
        Matcher m = AGENCY_DATELINE.matcher(text).region(start, text.length());
        return m.lookingAt() && (m.group("date") != null || agencyOf(m) != null) ? Optional.of(m) : Optional.empty();
    }

    private static Optional<Matcher> colonDatelineAt(String text, int start) {
        Matcher m = COLON_DATELINE.matcher(text).region(start, text.length());
        return m.lookingAt() && (m.group("date") != null || m.group("lede").strip().split("\\s+").length >= LEDE_WORDS) ? Optional.of(m)
                : Optional.empty();
    }

    /** The agency a matched dateline names, in brackets, slashes or capitals; null when none. */
    private static String agencyOf(Matcher m) {
        return m.group("bracketed") != null ? m.group("bracketed") : m.group("slashed") != null ? m.group("slashed") : m.group("capitals");
    }

    private static void blank(StringBuilder out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.setCharAt(i, ' ');
        }
    }
}
