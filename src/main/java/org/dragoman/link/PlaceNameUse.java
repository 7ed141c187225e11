package org.dragoman.link;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells, from the words around one mention of a country or city name, whether the name stands for the place
 * itself or for something else that borrows it: a national or club team ("Freedonia coach Ana Soto", a match
 * report with a score), a longer proper name ("Tour de Freedonia", "Banco de Freedonia"), or a namesake
 * settlement ("the county town of Freedonia").
 */
final class PlaceNameUse {
    /** A team role right after the name, possibly after a possessive: "Freedonia captain", "Sylvania's coach". */
    private static final Pattern TEAM_ROLE_AFTER = Pattern.compile(
            "^\\s*(?:['’]s?\\s+)?(?:(?:former|new|interim|caretaker|head|assistant|national|team|under-\\d+)\\s+)*"
                    + "(?:captain|co-captain|skipper|coach|coaches|striker|goalkeeper|midfielder|defender|winger|fly-half|"
                    + "scrum-half|batsman|bowler|wicketkeeper|squad|fans|supporters|team-mate|teammate|star|pitcher|catcher|"
                    + "outfielder|infielder|shortstop|slugger|quarterback|linebacker|receiver|rookie|forward|guard|"
                    + "lineup|roster|bullpen|franchise)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A Romance connector inside a capitalised name just before the place name: "Tour de", "Banco del". */
    private static final Pattern NAME_CONNECTOR_BEFORE = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*\\s+(?:de|du|des|del|della|di|da|do|dos|das)\\s+(?:la\\s+|le\\s+|l'\\s*)?$");
    /** A settlement or island word with "of" just before: "the county town of", "the island of". */
    private static final Pattern NAMESAKE_BEFORE = Pattern.compile(
            "\\b(?:town|city|village|hamlet|township|borough|suburb|county|municipality|commune|parish|"
                    + "neighbou?rhood|island)\\s+of\\s+$",
            Pattern.CASE_INSENSITIVE);
    /** A game score such as 6-3 or 2–1 (not a year range or a date). */
    private static final Pattern SCORE = Pattern.compile("(?<![\\d/.:–-])\\d{1,2}\\s?[-–]\\s?\\d{1,2}(?![\\d/:–-]|\\.\\d)");
    /** Words of match reports; a sentence needs two of them, or one with a score, to count as sports. */
    private static final Pattern SPORTS_CUE = Pattern.compile(
            "\\b(match|matches|game|games|scored|striker|midfielder|defender|goalkeeper|coach|captain|tournament|"
                    + "championship|innings|inning|quarterback|touchdown|straight sets|seeded|semifinal|semifinals|"
                    + "semi-final|semi-finals|quarterfinal|quarterfinals|quarter-final|quarter-finals|halftime|"
                    + "half-time|injury time|stoppage time|substitute|playoff|playoffs|kick-off|kickoff|stadium|"
                    + "referee|squad|qualifier|qualifiers|peloton|grand prix|podium|medal|medals|batsman|wicket|pitched|pitcher|"
                    + "season|homer|home run|home runs|no-hitter|perfect game|league|roster|rookie|bullpen|outfielder|"
                    + "touchdowns|rushing|NBA|NFL|NHL|MLB|World Series|Super Bowl|Stanley Cup|homered|baseball|basketball|football|"
                    + "hockey|soccer|rugby|cricket)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Phrases only sports reports use; one is enough. */
    private static final Pattern SPORTS_PHRASE = Pattern.compile(
            "\\b(?:world titles?|world champions?|world championships?|gold medals?|silver medals?|bronze medals?)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A preposition of place just before the name: "arrived in", "flew to" keep the place literal. */
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "\\b(?:in|at|to|from|into|near|outside|inside|across|around|throughout|towards?)\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE);
    /** "the" before and two capitalised words after: the place only qualifies a longer name ("the Freedonia Daily Star"). */
    private static final Pattern THE_BEFORE = Pattern.compile("\\bthe\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_CAPITALISED_AFTER = Pattern.compile("^\\s+(\\p{Lu}\\p{L}+)\\s+(\\p{Lu}\\p{L}+)");
    /** Words of state bodies and offices: "the Freedonia Foreign Minister" still names the country. */
    private static final Set<String> STATE_WORDS = Set.of("President", "Prime", "Minister", "Ministry", "Secretary", "Foreign",
            "Defense", "Defence", "Interior", "Embassy", "Ambassador", "Government", "Army", "Navy", "Air", "Senate",
            "Senator", "Governor", "State", "National", "Supreme", "Central", "Armed", "Special", "Vice", "Deputy");
    private static final int WINDOW = 60;

    private PlaceNameUse() {
    }

    /**
     * Whether the mention at {@code [begin, end)} of {@code text} names something other than the place.
     *
     * @param text     the article text the offsets refer to
     * @param sentence the sentence holding the mention
     * @param country  whether the name is a country's: only then does "the town of" mark a namesake
     */
    static boolean borrowed(String text, String sentence, int begin, int end, boolean country) {
        if (begin < 0 || end > text.length() || begin >= end) {
            return false;
        }
        String before = text.substring(Math.max(0, begin - WINDOW), begin);
        String after = text.substring(end, Math.min(text.length(), end + WINDOW));
        return TEAM_ROLE_AFTER.matcher(after).find()
                || qualifiesLongerName(before, after)
                || NAME_CONNECTOR_BEFORE.matcher(before).find()
                || country && NAMESAKE_BEFORE.matcher(before).find()
                || isSportsSentence(sentence) && !LOCATIVE_BEFORE.matcher(before).find();
    }

    private static boolean qualifiesLongerName(String before, String after) {
        Matcher m = TWO_CAPITALISED_AFTER.matcher(after);
        return THE_BEFORE.matcher(before).find() && m.find()
                && !STATE_WORDS.contains(m.group(1)) && !STATE_WORDS.contains(m.group(2));
    }

    /** A sports-only phrase, two different match-report words, one with a score, or two scores ("6-2, 6-1"). */
    static boolean isSportsSentence(String sentence) {
        if (SPORTS_PHRASE.matcher(sentence).find()) {
            return true;
        }
        int scores = 0;
        Matcher s = SCORE.matcher(sentence);
        while (s.find()) {
            scores++;
        }
        Set<String> cues = new HashSet<>();
        Matcher c = SPORTS_CUE.matcher(sentence);
        while (c.find()) {
            cues.add(c.group(1).toLowerCase(Locale.ROOT).replaceAll("(?:es|s)$", ""));
        }
        return scores >= 2 || scores == 1 && !cues.isEmpty() || cues.size() >= 2;
    }
}
