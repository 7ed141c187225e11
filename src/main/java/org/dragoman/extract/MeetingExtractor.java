package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.DragomanException;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds meetings and visits by running small rules over each sentence, then the steps that join the sentences:
 * <ol>
 *   <li>each token goes to the first {@link MeetingRule}, in ascending priority, whose trigger it is;</li>
 *   <li>then each {@link SentenceRule} reads the whole sentence, in ascending priority;</li>
 *   <li>a sentence that tells a habit ("such summits usually focus on trade") gives nothing;</li>
 *   <li>tellings of one event within the sentence merge ({@link EventMerger#withinSentence});</li>
 *   <li>across the article: undated events take a carried date ({@link CarriedDates}), visits and meetings of
 *       neighbouring sentences are linked ({@link EventMerger#linkVisits}), and a meeting told twice becomes one
 *       ({@link EventMerger#repeatedMeetings});</li>
 *   <li>whoever hosts, attends or addresses "the summit" told before takes part in it ({@link SummitAttendance}).</li>
 * </ol>
 * Every meeting has at least one named participant and a counterpart; gatherings (rallies, forums, press
 * conferences) count as meetings of the named people at them, with a lower confidence.
 */
final class MeetingExtractor {
    /** Adverbs on the main verb that make a sentence a habit or a generality, not an event. */
    private static final Set<String> HABITUAL_ADVERBS = WordLists.MEETING.get("habitual-adverb");
    private static final Set<String> MANY_WORDS = WordLists.MEETING.get("many-word");
    private static final Set<String> REPEATING_PERIODS = WordLists.MEETING.get("repeating-period");
    private static final Set<String> GATHERING_NOUNS = WordLists.MEETING.get("gathering-noun");
    private static final Set<String> MEAL_NOUNS = WordLists.MEETING.get("meal-noun");

    private final List<MeetingRule> rules;
    private final List<SentenceRule> sentenceRules;
    private final GenderLexicon genders;
    /** Tells which main verbs only report words, so that a pronoun after such an aside continues the story's subject. */
    private final VerbLexicon verbs;
    /** Tells the country a city lies in, so that a trip to a country and one to another's city stay two. */
    private final Gazetteer gazetteer;

    /** The bundled rules, with the gender lexicon that tells whom "he" and "she" can continue. */
    MeetingExtractor(GenderLexicon genders, VerbLexicon verbs) {
        this(genders, verbs, Gazetteer.empty());
    }

    /** As {@link #MeetingExtractor(GenderLexicon, VerbLexicon)}, with the gazetteer that places cities in countries. */
    MeetingExtractor(GenderLexicon genders, VerbLexicon verbs, Gazetteer gazetteer) {
        this(List.of(new CallRule(), new VerbalMeetingRule(), new SigningRule(), new NominalMeetingRule(), new VerbalVisitRule(),
                new SentDelegationRule(), new NominalVisitRule(), new MessageMeetingRule()),
                List.of(new CopularVisitRule(), new WelcomeVisitRule(), new DueTripRule(), new DueMeetingRule(),
                new BeenThereRule(), new ShuttleRule(), new AttendanceVisitRule(gazetteer)), genders, verbs, gazetteer);
    }

    /** Runs these rules, each list in ascending priority, whatever order they are given in. */
    MeetingExtractor(List<MeetingRule> rules, List<SentenceRule> sentenceRules, GenderLexicon genders, VerbLexicon verbs) {
        this(rules, sentenceRules, genders, verbs, Gazetteer.empty());
    }

    private MeetingExtractor(List<MeetingRule> rules, List<SentenceRule> sentenceRules, GenderLexicon genders, VerbLexicon verbs,
                             Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.genders = genders;
        this.verbs = verbs;
        this.rules = rules.stream().sorted(Comparator.comparingInt(MeetingRule::priority)).toList();
        this.sentenceRules = sentenceRules.stream().sorted(Comparator.comparingInt(SentenceRule::priority)).toList();
        // Two rules of one priority would run in the order they happened to be listed.
        if (!distinct(this.rules.stream().map(MeetingRule::priority).toList())
                || !distinct(this.sentenceRules.stream().map(SentenceRule::priority).toList())) {
            throw new DragomanException("Two meeting rules share a priority: "
                    + this.rules.stream().map(r -> r.getClass().getSimpleName() + " " + r.priority()).toList()
                    + this.sentenceRules.stream().map(r -> r.getClass().getSimpleName() + " " + r.priority()).toList());
        }
    }

    List<Event> extract(AnnotatedArticle doc, EntityIndex index, DateResolver dates) {
        MeetingContext c = new MeetingContext(doc, new Arguments(index, doc, genders, verbs), dates);
        List<Event> events = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (Spans.linkLine(doc, s)) {
                continue;
            }
            List<Event> here = new ArrayList<>();
            for (Token t : s.tokens()) {
                rules.stream().filter(r -> r.triggers(t)).findFirst().ifPresent(r -> here.addAll(r.read(c, s, t.index())));
            }
            for (SentenceRule r : sentenceRules) {
                here.addAll(r.read(c, s));
            }
            if (!habitual(s)) {
                events.addAll(EventMerger.withinSentence(index, gazetteer, s, here));
            }
        }
        List<Event> told = DatelineScene.awayFromDateline(doc, index, gazetteer, withoutLoneHeadlineSides(doc, events));
        List<Event> merged = CarriedDates.afterMerging(doc, dates, EventMerger.narrowedVisits(index, gazetteer,
                EventMerger.repeatedVisits(doc, EventMerger.partialTellings(doc,
                EventMerger.proxyMeetings(doc, index, EventMerger.repeatedMeetings(doc, index, EventMerger.linkVisits(doc, index, gazetteer,
                        CarriedDates.beforeMerging(doc, dates, told))))))));
        List<Event> summed = HeadlineSummaries.apply(doc, c.args(), merged);
        List<Event> kept = withoutLonePeople(doc, index, withoutLoneCountries(index,
                withoutLoneDenials(SummitAttendance.apply(doc, c.args(), CompanionSentences.apply(doc, c.args(), summed)))));
        // Listed dates split last: the copies would otherwise merge back into one telling.
        return ListedDates.apply(doc, index, dates, DatelineScene.apply(doc, index, gazetteer, CarriedDates.weekMonths(doc,
                SummitScene.apply(c, gazetteer, SameDayPlaces.apply(doc, index, gazetteer, LapsedPlans.apply(doc, kept))))))
                .stream().filter(e -> !onCondition(doc, e)).toList();
    }

    /**
     * "If the two ministers were to meet, ...", "asked whether Ana Soto would travel to Lima": an event told only as a
     * condition or a question is no event, whatever its tense, though the words around it name its sides. One offered
     * on a condition ("would meet her if it helped") stays, hypothetical.
     */
    private static boolean onCondition(AnnotatedArticle doc, Event e) {
        String trigger = e instanceof Meeting m ? m.trigger() : e instanceof Visit v ? v.trigger() : null;
        if (trigger == null) {
            return false;
        }
        Sentence s = doc.sentences().get(doc.sentenceIndexAt(e.evidence().begin()));
        for (Token t : s.tokens()) {
            if (!t.word().equals(trigger)) {
                continue;
            }
            // The trigger's clause: the trigger itself, or the verb a noun trigger hangs on ("whether they would hold
            // talks"), up through the verbs it completes ("if they were to meet").
            int clause = t.isVerb() ? t.index() : Arguments.governorOf(s, t.index());
            for (int k = clause, up = 0; k >= 0 && up < 3; k = Arguments.governorOf(s, k), up++) {
                if (Arguments.dependents(s, k, "mark").stream().anyMatch(m -> s.token(m).word().matches("(?i)if|whether"))) {
                    return true;
                }
                if (!s.token(k).isVerb() || s.parents(k).stream().noneMatch(d -> d.base().matches("xcomp|conj"))) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * "Peru offered to host a summit", "talks between its delegation and the rebels": a meeting whose one named side is
     * a country tells no one met; the country hosts, offers or sends, and its counterparts go unnamed. A verb of
     * meeting keeps it ({@link #peopleMet}).
     */
    private static List<Event> withoutLoneCountries(EntityIndex index, List<Event> events) {
        return events.stream().filter(e -> !(e instanceof Meeting m && m.participants().size() == 1 && !peopleMet(m)
                && index.byId(m.participants().get(0)).map(x -> x.type() == EntityType.COUNTRY).orElse(false))).toList();
    }

    /**
     * "Talks with Ana Soto were not on the programme": a meeting of one named person with no place tells neither who met
     * whom nor where. A form of "meet" ({@link #peopleMet}), a gathering of many or a host's meal keeps it, unless the
     * named person is the verb's subject ("she will meet members of the community"): then only the side met is
     * unnamed, and nothing is told of whom she met.
     */
    private static List<Event> withoutLonePeople(AnnotatedArticle doc, EntityIndex index, List<Event> events) {
        return events.stream().filter(e -> !(e instanceof Meeting m && m.participants().size() == 1 && m.place() == null
                && (!peopleMet(m) || subjectMetSomeoneUnnamed(doc, index, m))
                && !gathering(m) && index.byId(m.participants().get(0)).map(x -> x.type() == EntityType.PERSON).orElse(false))).toList();
    }

    /** Whether the one participant of {@code m} is the subject of its verb of meeting in the evidence sentence. */
    private static boolean subjectMetSomeoneUnnamed(AnnotatedArticle doc, EntityIndex index, Meeting m) {
        Sentence s = doc.sentenceAt(m.evidence().begin());
        String person = m.participants().get(0);
        for (int v = 0; v < s.tokens().size(); v++) {
            if (!s.token(v).isVerb() || !s.token(v).word().equalsIgnoreCase(m.trigger())) {
                continue;
            }
            List<Integer> subjects = new ArrayList<>(Arguments.dependents(s, v, "nsubj"));
            int above = Arguments.governor(s, v, "xcomp");
            if (above >= 0) {
                subjects.addAll(Arguments.dependents(s, above, "nsubj", "nsubj:pass"));
            }
            if (subjects.stream().anyMatch(n -> index.at(s.index(), n).map(x -> x.id().equals(person)).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "spoke at a rally", "took part in a forum", "hosted the leaders for dinner", "gave a lunch": a gathering of
     * many, or a host's, whose other people go unnamed. A summit is not such: "a summit with him" of one named leader
     * has lost its other leader.
     */
    private static boolean gathering(Meeting m) {
        String word = m.trigger() == null ? "" : m.trigger().toLowerCase(Locale.ROOT).replaceFirst("s$", "");
        // "hosted the visiting leaders for dinner": a host with guests left unnamed.
        return GATHERING_NOUNS.contains(word) && !word.equals("summit") || MEAL_NOUNS.contains(word) || word.matches("host(ed|ing)?");
    }

    /** "Russian and Bordurian army chiefs met in Oslo": a verb of meeting whose people the text leaves unnamed. */
    private static boolean peopleMet(Meeting m) {
        return m.trigger() != null && EventMerger.meetForm(m.trigger().toLowerCase(Locale.ROOT));
    }

    /**
     * "No meeting with Ana Soto is planned": a meeting denied with one side and no place says who is not met, not by
     * whom; it is no record of anything.
     */
    private static List<Event> withoutLoneDenials(List<Event> events) {
        return events.stream().filter(e -> !(e instanceof Meeting m && m.status() == Status.DENIED && m.participants().size() < 2
                && m.place() == null)).toList();
    }

    /**
     * "Ruritania presses talks as leaders meet in Lima": a headline compresses, and a meeting it tells with one named
     * side is told fully in the body or not at all, so it is dropped before tellings merge; a body's own telling (a
     * summit of one body in a place) then keeps its sentence and stands on its own.
     */
    private static List<Event> withoutLoneHeadlineSides(AnnotatedArticle doc, List<Event> events) {
        if (!Spans.headline(doc) || doc.sentences().isEmpty()) {
            return events;
        }
        int headlineEnd = doc.sentences().get(0).end();
        return events.stream().filter(e -> !(e instanceof Meeting m && m.participants().size() < 2
                && m.evidence().end() <= headlineEnd)).toList();
    }

    /** "Such summits usually focus on trade": a habit or a generality, not an event. */
    private static boolean habitual(Sentence s) {
        for (Dependency root : s.children(-1)) {
            for (int a : Arguments.dependents(s, root.dependent(), "advmod")) {
                if (HABITUAL_ADVERBS.contains(s.token(a).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            for (Dependency d : s.children(root.dependent())) {
                if (d.base().matches("obl|nmod|obj") && (manyTimes(s, d.dependent()) || everyPeriod(s, d.dependent()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The fewest times that make a count of meetings a record of many, not one or two told apart: "have met 15 times". */
    private static final int MANY_TIMES = 5;

    /** "15 times", "dozens of times": a count of many, each left untold. */
    private static boolean manyTimes(Sentence s, int noun) {
        if (!s.token(noun).lemma().equalsIgnoreCase("time") || !s.token(noun).word().equalsIgnoreCase("times")) {
            return false;
        }
        return s.children(noun).stream().anyMatch(d -> {
            Token n = s.token(d.dependent());
            String word = n.word().toLowerCase(Locale.ROOT);
            return d.base().equals("nummod") && n.normalized() != null && n.normalized().matches("\\d+(\\.0)?")
                    && Double.parseDouble(n.normalized()) >= MANY_TIMES || MANY_WORDS.contains(word);
        });
    }

    /** "every year", "each month": a time unit each of whose spans repeats the meeting. */
    private static boolean everyPeriod(Sentence s, int noun) {
        return REPEATING_PERIODS.contains(s.token(noun).lemma().toLowerCase(Locale.ROOT))
                && s.children(noun).stream().anyMatch(d -> d.base().equals("det")
                        && s.token(d.dependent()).word().matches("(?i)every|each"));
    }

    private static boolean distinct(List<Integer> priorities) {
        return new HashSet<>(priorities).size() == priorities.size();
    }
}
