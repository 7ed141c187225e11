package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dragoman.model.Attribute;
import org.dragoman.model.EntityType;
import org.dragoman.model.EventDate;
import org.dragoman.model.Event;
import org.dragoman.model.EventKinds;
import org.dragoman.model.Gazetteer;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Decides when two tellings are one event, and what a meeting and a visit told side by side lend each other.
 * Meetings and visits never merge with each other: a visit is the travel, the meeting what happened there.
 *
 * <p>Merging needs the fields of the two records (mode, host), so it reads them as {@link Meeting} and
 * {@link Visit}; a new kind of event passes through unmerged.
 */
final class EventMerger {
    private static final Set<String> CHAIRING_VERBS = WordLists.MEETING.get("chairing-verb");
    private static final Set<String> TRAVEL_VERBS = WordLists.MEETING.union("visit-verb", "departure-verb");
    private static final Set<String> HOSTING_VERBS = WordLists.MEETING.get("hosting-verb");
    private EventMerger() {
    }

    /**
     * One event per trigger cluster within a sentence: "met ... for talks" is one meeting, not two. Two triggers
     * whose counterparts differ ("will meet X on Friday and later hold talks with Y") are two meetings, and so are
     * one that happened and one that did not or not yet. Of two visits with a traveller in common the first telling
     * stays, unless one happened and the other did not or not yet, or they go to different places of one verb, to
     * two different cities, or to a country and a city the gazetteer places in another country.
     */
    static List<Event> withinSentence(EntityIndex index, Gazetteer gazetteer, Sentence s, List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean merged = false;
            for (int i = 0; i < out.size(); i++) {
                Event o = out.get(i);
                // "spoke with X on Saturday and offered to host talks": what happened and what may happen are two.
                boolean hostJoins = o instanceof Meeting a && e instanceof Meeting b && (loneHost(s, a) && b.participants().size() >= 2
                        || loneHost(s, b) && a.participants().size() >= 2) && a.status() == b.status() && !twoDates(a, b);
                if (o instanceof Meeting a && e instanceof Meeting b && (sameSides(a.participants(), b.participants()) || hostJoins)
                        && (a.status() == Status.OCCURRED) == (b.status() == Status.OCCURRED) && !metAndCalled(a, b)
                        && !oneAfterAnother(a, b) && !twoDates(a, b) && !datedAside(s, a, b) && !datedAside(s, b, a)) {
                    out.set(i, richer(a, b));
                    merged = true;
                    break;
                }
                // "on a visit to Egypt and Jordan ... ahead of her planned arrival in Amman": a trip made and one planned.
                // "travelled to Lima and Quito": one verb's conjoined places are a visit each, and so are two cities
                // ("arrives in Lima on Monday before travelling to Quito").
                boolean placesOfOneVerb = o instanceof Visit a && e instanceof Visit b && a.place() != null && b.place() != null
                        && !a.place().equals(b.place()) && (java.util.Objects.equals(a.trigger(), b.trigger())
                        || isCity(index, a.place()) && isCity(index, b.place())
                        || elsewhere(index, gazetteer, a.place(), b.place()) || elsewhere(index, gazetteer, b.place(), a.place()));
                if (o.kind() == EventKinds.VISIT && e.kind() == EventKinds.VISIT && !placesOfOneVerb
                        && overlap(o.entityIds(Attribute.PARTICIPANT), e.entityIds(Attribute.PARTICIPANT))
                        && (o.status() == Status.OCCURRED) == (e.status() == Status.OCCURRED)) {
                    // "on his first trip to Europe, arrived in Lisbon": the city or country says more than a region.
                    if (o instanceof Visit a && e instanceof Visit b && b.place() != null && vaguer(index, a.place(), b.place())) {
                        out.set(i, new Visit(a.visitors(), a.host() != null ? a.host() : b.host(), a.status(),
                                a.date() != null ? a.date() : b.date(), b.place(), a.trigger(), a.evidence(), a.confidence()));
                    }
                    merged = true;
                    break;
                }
            }
            if (!merged) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * "met Ivo Ruiz on Monday and spoke with him by phone that night", "hosted him in March and called him again":
     * a meeting told by a verb that can only be face to face (meeting, hosting, receiving) and one by telephone or
     * video are two, though their sides are the same. Other triggers ("held talks") may simply lack the mode word.
     */
    private static boolean metAndCalled(Meeting a, Meeting b) {
        Meeting inPerson = a.mode() == Mode.IN_PERSON ? a : b;
        return a.mode() != b.mode() && (a.mode() == Mode.IN_PERSON || b.mode() == Mode.IN_PERSON) && inPerson.trigger() != null
                && faceToFace(inPerson.trigger().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "last spoke in December and last met in February": two verbs with the same two or more sides, each dated, on
     * dates that cannot be one. A meeting noun's date may be the sentence's report's ("said Saturday that a summit ..."),
     * so a noun counts only in another year ("met on Thursday, following their meeting in April last year").
     */
    private static boolean twoDates(Meeting a, Meeting b) {
        if (a.date() == null || b.date() == null || a.trigger() == null || b.trigger() == null || a.trigger().equals(b.trigger())
                || a.participants().size() < 2 || !Set.copyOf(a.participants()).equals(Set.copyOf(b.participants()))) {
            return false;
        }
        String x = a.date().iso();
        String y = b.date().iso();
        if (nounTrigger(a.trigger()) || nounTrigger(b.trigger())) {
            return !x.substring(0, 4).equals(y.substring(0, 4));
        }
        return !sameTime(a.date(), b.date());
    }

    /** Whether two dates can be one time: either is unknown, or one lies within the other ("2021-04" and "2021-04-16"). */
    private static boolean sameTime(EventDate a, EventDate b) {
        return a == null || b == null || a.iso().startsWith(b.iso()) || b.iso().startsWith(a.iso());
    }

    private static boolean nounTrigger(String trigger) {
        String word = trigger.toLowerCase(java.util.Locale.ROOT);
        return MEETING_NOUNS.contains(word) || word.endsWith("s") && MEETING_NOUNS.contains(word.substring(0, word.length() - 1));
    }

    private static final Pattern SEQUENCE = Pattern.compile("(?i)\\b(then|afterwards|later)\\b");

    /**
     * "met X and then joined X and Y for a three-way meeting": two triggers of one sentence told one after the other,
     * the second with more sides, are two meetings.
     */
    private static boolean oneAfterAnother(Meeting a, Meeting b) {
        // "was due to hold talks with X and Y later in the day": a verb and the meeting noun it holds are one telling.
        String sentence = a.evidence().sentence();
        boolean verbAndNoun = a.trigger() != null && b.trigger() != null
                && (sentence.contains(a.trigger() + " " + b.trigger()) || sentence.contains(b.trigger() + " " + a.trigger()));
        return a.participants().size() != b.participants().size() && !java.util.Objects.equals(a.trigger(), b.trigger())
                && SEQUENCE.matcher(sentence).find() && !verbAndNoun;
    }

    /** Whether a lower-case trigger word is a form of "meet": "met", "meets", "meeting". */
    static boolean meetForm(String word) {
        return word.matches("meet|meets|met|meeting");
    }

    /** Whether a trigger word is a form of "meet" or of a verb of receiving a guest ({@code hosting-verb}). */
    private static boolean faceToFace(String word) {
        return meetForm(word) || HOSTING_VERBS.stream()
                .anyMatch(lemma -> word.equals(lemma + "s") || word.equals(lemma + "ed") || word.equals(lemma + "d") && lemma.endsWith("e"));
    }

    /**
     * "met Ivo Ruiz on Thursday before travelling to Lima", "after talks with Ivo Ruiz, she flew to Lima": a journey the
     * sentence places after its meeting; "flew to Lima after meeting Ivo Ruiz" tells the meeting second.
     */
    private static boolean journeyOnward(AnnotatedArticle doc, int sentence, String trigger, String meetingTrigger) {
        org.dragoman.nlp.Sentence s = doc.sentences().get(sentence);
        int meetingAt = s.tokens().stream().filter(t -> t.word().equals(meetingTrigger)).mapToInt(t -> t.index()).findFirst().orElse(-1);
        boolean meetingFirst = meetingAt >= 0
                && Arguments.dependents(s, meetingAt, "mark", "case").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("after"));
        return s.tokens().stream().anyMatch(t -> t.word().equals(trigger) && t.isVerb() && meetingAt >= 0
                && TRAVEL_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))
                && (meetingFirst && t.index() > meetingAt || Arguments.inAfterPhrase(s, meetingAt, t.index())
                || t.index() > meetingAt && (Arguments.dependents(s, t.index(), "mark", "case").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("before"))
                || Arguments.dependents(s, t.index(), "advmod").stream().anyMatch(m -> s.token(m).word().matches("(?i)then|later|afterwards")))));
    }

    /** Whether the visit's trigger in its sentence is a verb of travel ("flew", "travelled"), not a stay. */
    private static boolean journey(AnnotatedArticle doc, int sentence, String trigger) {
        return doc.sentences().get(sentence).tokens().stream()
                .anyMatch(t -> t.word().equals(trigger) && t.isVerb() && TRAVEL_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * Links meetings and visits of neighbouring sentences that share a participant: a meeting takes the
     * visit's place, a visit takes the meeting's date and its other participant, a person, as host.
     */
    static List<Event> linkVisits(AnnotatedArticle doc, EntityIndex index, Gazetteer gazetteer, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        // A meeting told in the visit's own sentence first, then in the sentence beside it: "flew on to Y. A day
        // earlier, she had landed in X and held talks with Z" holds the talks in X, not Y.
        for (int distance = 0; distance <= 1; distance++) {
            for (int i = 0; i < out.size(); i++) {
                if (!(out.get(i) instanceof Visit v)) {
                    continue;
                }
                for (int j = 0; j < out.size(); j++) {
                    // A call or video link is held from afar: it lends a trip no host and takes no place from it.
                    if (!(out.get(j) instanceof Meeting m) || !overlap(m.participants(), v.visitors()) || m.mode() != org.dragoman.model.Mode.IN_PERSON) {
                        continue;
                    }
                    int meetingSentence = doc.sentenceIndexAt(m.evidence().begin());
                    int visitSentence = doc.sentenceIndexAt(v.evidence().begin());
                    // "held talks with X. He then travelled to Y": a journey told after a meeting leads away from it;
                    // a stay told after it ("X was in Oslo to discuss ...") is where it was.
                    boolean journeyAfter = visitSentence > meetingSentence && journey(doc, visitSentence, v.trigger())
                            || visitSentence == meetingSentence && journeyOnward(doc, visitSentence, v.trigger(), m.trigger());
                    if (Math.abs(meetingSentence - visitSentence) != distance || journeyAfter) {
                        continue;
                    }
                    // "Y is on his first trip to Asia": a tour of a region, told beside a meeting, is no stay that
                    // places it or hosts it.
                    if (distance == 1 && v.place() != null && index.byId(v.place()).map(e -> gazetteer.isRegion(e.label())).orElse(false)) {
                        continue;
                    }
                    // "met X in Oslo on Monday. On Friday she will fly to Rome": a trip of another time is another trip.
                    // "called off her visit to Oslo. She is expected to meet X": a trip called off hosts and places no
                    // meeting still planned; one it was to hold ("had been due to meet X") is the trip's.
                    boolean otherTime = (m.status() == Status.OCCURRED) != (v.status() == Status.OCCURRED)
                            || v.status() == Status.CANCELLED && m.status() == Status.PLANNED && !pastPlan(doc, meetingSentence)
                            || m.date() != null && v.date() != null && !m.date().equals(v.date())
                            || visitSentence == meetingSentence && datedAside(doc.sentences().get(visitSentence), v, m);
                    // "arrived in Oslo. Last week she met X in Rome": a meeting in another city is not this trip's.
                    // "arrived in Borduria from Klow, where he held talks": nor is one in a city of another country,
                    // nor one in a country the city of the trip is not in ("came to Klow from Ruritania, where ...").
                    boolean otherCity = m.place() != null && v.place() != null && !m.place().equals(v.place())
                            && (isCity(index, m.place()) && isCity(index, v.place()) || elsewhere(index, gazetteer, v.place(), m.place())
                            || elsewhere(index, gazetteer, m.place(), v.place()));
                    if (otherTime || otherCity) {
                        continue;
                    }
                    if (m.place() == null && v.place() != null) {
                        m = new Meeting(m.participants(), m.mode(), m.status(), m.date(), v.place(), m.trigger(), m.evidence(), m.confidence());
                        out.set(j, m);
                    }
                    String host = v.host();
                    // "is not expected to meet X": a meeting that will not happen names no host.
                    boolean happens = m.status() == Status.OCCURRED || m.status() == Status.PLANNED;
                    if (host == null && happens) {
                        host = m.participants().stream().filter(p -> !v.visitors().contains(p))
                                .filter(p -> index.byId(p).map(e -> e.type() == EntityType.PERSON).orElse(false)).findFirst().orElse(null);
                    }
                    Visit nv = new Visit(v.visitors(), host, v.status(), v.date() != null ? v.date() : m.date(), v.place(),
                            v.trigger(), v.evidence(), v.confidence());
                    out.set(i, nv);
                }
            }
        }
        return out;
    }

    /**
     * "met Ivo Ruiz, who visited Quito in March": an event dated in a relative clause that does not hold the other
     * event's word is another time than the undated event whose participant the clause describes; so is one in a
     * since-clause ("their first talks since they met in Quito"), dated or not. False for a relative clause when
     * {@code other} has a date, and when either word is not found in the sentence.
     */
    private static boolean datedAside(Sentence s, Event aside, Event other) {
        String trigger = aside.value("trigger");
        String otherTrigger = other.value("trigger");
        if (trigger == null || otherTrigger == null) {
            return false;
        }
        List<Integer> otherWords = tokensOf(s, otherTrigger);
        // "met on Monday, their first talks since they met in Quito": a word told twice may be either event's.
        for (int word : tokensOf(s, trigger)) {
            int clause = asideClause(s, word, aside.date() != null && other.date() == null);
            if (clause >= 0 && otherWords.stream().anyMatch(o -> !Arguments.subtree(s, clause, Set.of()).contains(o))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of the clause of another time that holds {@code word}: a since-clause ("since they met in Quito"), or,
     * when {@code relativeCounts}, a relative clause. -1 when there is none within a few steps up.
     */
    private static int asideClause(Sentence s, int word, boolean relativeCounts) {
        for (int node = word, hops = 0; node >= 0 && hops < 6; hops++) {
            int at = node;
            Dependency up = s.parents(at).stream().findFirst().orElse(null);
            if (up == null) {
                return -1;
            }
            boolean relative = relativeCounts && up.relation().equals("acl:relcl");
            // "their first talks since they met in Quito": what a since-clause tells came before, whatever the dates.
            boolean since = (up.base().equals("advcl") || up.base().equals("acl"))
                    && Arguments.dependents(s, at, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("since"));
            if (relative || since) {
                return at;
            }
            node = up.governor();
        }
        return -1;
    }

    /** The tokens of the sentence spelled as {@code word}. */
    private static List<Integer> tokensOf(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).map(Token::index).toList();
    }

    /** Whether the sentence tells a plan in the past perfect ("had been due to", "had planned to"). */
    private static boolean pastPlan(AnnotatedArticle doc, int sentence) {
        return doc.sentences().get(sentence).tokens().stream().anyMatch(t -> t.word().equalsIgnoreCase("had") && t.pos().equals("VBD"));
    }

    /** "arrived in Norway on Monday, flew to Stockholm": a country, and a city the gazetteer places in another country. */
    private static boolean elsewhere(EntityIndex index, Gazetteer gazetteer, String country, String city) {
        var c = index.byId(country).filter(e -> e.type() == EntityType.COUNTRY);
        var home = index.byId(city).filter(e -> e.type() == EntityType.CITY).flatMap(e -> gazetteer.countryOfCity(e.label()));
        return c.isPresent() && home.isPresent() && !home.get().equals(c.get().label()) && !gazetteer.sameThing(home.get(), c.get().label());
    }

    /**
     * "X will pay official visits to Ruritania and Borduria next week. X will travel to Acmeville on March 9": a visit to
     * a country and a later one by the same travellers, with the same status, to a city of that country on a day within
     * the first one's date (or with none) are one trip, told at the city. The city's telling is kept; it takes the
     * country's host where it has none.
     *
     * <p>Edge cases: a city the gazetteer and the capitals table cannot place in a country, and dates that disagree
     * ("in May" against "on June 3"), keep both tellings.
     */
    static List<Event> narrowedVisits(EntityIndex index, Gazetteer gazetteer, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Visit wide) || wide.place() == null
                    || !index.byId(wide.place()).map(e -> e.type() == EntityType.COUNTRY).orElse(false)) {
                continue;
            }
            String country = index.byId(wide.place()).orElseThrow().label();
            for (int j = i + 1; j < out.size(); j++) {
                if (out.get(j) instanceof Visit narrow && narrow.place() != null && narrow.status() == wide.status()
                        && Set.copyOf(narrow.visitors()).equals(Set.copyOf(wide.visitors())) && within(narrow.date(), wide.date())
                        && index.byId(narrow.place()).filter(e -> e.type() == EntityType.CITY)
                                .flatMap(e -> gazetteer.countryOfCity(e.label()).or(() -> Capitals.countryOf(e.label())))
                                .filter(c -> c.equals(country) || gazetteer.sameThing(c, country)).isPresent()) {
                    out.set(j, new Visit(narrow.visitors(), narrow.host() != null ? narrow.host() : wide.host(), narrow.status(),
                            narrow.date() != null ? narrow.date() : wide.date(), narrow.place(), narrow.trigger(), narrow.evidence(),
                            Math.max(narrow.confidence(), wide.confidence())));
                    out.remove(i);
                    i--;
                    break;
                }
            }
        }
        return out;
    }

    /** Whether date {@code day} lies within {@code period} ("2024-03-09" within "2024-03"), or either is missing. */
    private static boolean within(EventDate day, EventDate period) {
        return day == null || period == null || day.iso().startsWith(period.iso());
    }

    /** Whether place {@code a} is missing or a region where {@code b} is a city or a country. */
    private static boolean vaguer(EntityIndex index, String a, String b) {
        boolean specific = index.byId(b).map(e -> e.type() == EntityType.CITY || e.type() == EntityType.COUNTRY).orElse(false);
        return specific && (a == null || index.byId(a).map(e -> e.type() == EntityType.PLACE).orElse(false));
    }

    private static boolean isCity(EntityIndex index, String id) {
        return index.byId(id).map(e -> e.type() == EntityType.CITY).orElse(false);
    }

    /**
     * One meeting told twice in an article ("X spoke with Y" in the lead and again in a quote) is one
     * event: same participants, same mode, no conflicting date and not in two cities. The first telling is kept and
     * completed.
     */
    static List<Event> repeatedMeetings(AnnotatedArticle doc, EntityIndex index, List<Event> events) {
        // "They met in Oslo on Sunday. The two last met in Rome": meetings in two cities are two meetings.
        return repeated(events, Meeting.class,
                (a, b) -> (Set.copyOf(a.participants()).equals(Set.copyOf(b.participants())) || partOfTheOneBefore(a, b) && !toldApart(doc, b))
                        && (a.mode() == b.mode() || toldOnAfterCall(a, b) || headlineOfCall(doc, a, b))
                        && ((compatibleStatus(a, b) || presentHeadline(doc, a, b)) && noDateConflict(a, b) || plannedAfterPresent(doc, a, b))
                        && !(a.place() != null && b.place() != null && !a.place().equals(b.place()) && isCity(index, a.place())
                        && isCity(index, b.place())),
                (a, b) -> {
                    Mode mode = a.mode() != Mode.IN_PERSON ? a.mode() : b.mode();
                    String place = a.place() != null ? a.place() : b.place();
                    double confidence = Math.max(a.confidence(), b.confidence());
                    if (plannedAfterPresent(doc, a, b)) {
                        return new Meeting(a.participants(), mode, b.status(), b.date(), place, b.trigger(), b.evidence(), confidence);
                    }
                    return new Meeting(a.participants(), mode, presentHeadline(doc, a, b) ? b.status() : a.status(),
                            a.date() != null ? a.date() : b.date(), place, a.trigger(), a.evidence(), confidence);
                });
    }

    /**
     * "Soto heads to Lima" or "Soto meets Lind as ..." over a body that says she will: a headline's event read as done
     * on the day of the story sums up the event the body plans; the body's telling, status and date stand.
     */
    private static boolean sumsUpPlan(AnnotatedArticle doc, Event a, Event b) {
        int headlineEnd = Spans.headlineEnd(doc);
        return a.evidence().end() <= headlineEnd && b.evidence().begin() >= headlineEnd && a.status() == Status.OCCURRED
                && b.status() == Status.PLANNED;
    }

    /** A meeting's headline telling sums up the one the body plans only where its verb is in the present ("meets"). */
    private static boolean plannedAfterPresent(AnnotatedArticle doc, Meeting a, Meeting b) {
        return sumsUpPlan(doc, a, b) && presentInHeadline(doc, a.trigger());
    }

    /** Whether the trigger is a verb in the present in the headline ("meets", "head"). */
    private static boolean presentInHeadline(AnnotatedArticle doc, String trigger) {
        return trigger != null
                && doc.sentences().get(0).tokens().stream().anyMatch(t -> t.word().equals(trigger) && t.pos().matches("VBZ|VBP"));
    }

    /**
     * "A held talks with B and C on Monday. Speaking at a joint news conference with C, A said ...": two or more of
     * the sides of the meeting told in the sentence right before, on no other date, are that meeting's. A place of
     * its own ("B met the envoy at his residence") makes it a meeting of its own.
     */
    private static boolean partOfTheOneBefore(Meeting earlier, Meeting next) {
        int gap = next.evidence().begin() - earlier.evidence().end();
        return next.participants().size() >= 2 && next.participants().size() < earlier.participants().size()
                && earlier.participants().containsAll(next.participants()) && gap >= 0 && gap <= 3
                && (next.place() == null || next.place().equals(earlier.place()));
    }

    private static final Set<String> APART_WORDS = WordLists.MEETING.get("apart-word");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");

    /**
     * "Before the summit, A held separate talks with B", "A and B met one-on-one after the summit": a meeting of some
     * of a larger meeting's sides that its words set apart from it (an {@code apart-word} beside the trigger or its
     * light verb, or a before- or after-phrase naming a meeting) is a meeting of its own.
     */
    private static boolean toldApart(AnnotatedArticle doc, Meeting m) {
        org.dragoman.nlp.Sentence s = doc.sentences().get(doc.sentenceIndexAt(m.evidence().begin()));
        for (org.dragoman.nlp.Token t : s.tokens()) {
            if (!t.word().equals(m.trigger())) {
                continue;
            }
            List<Integer> heads = new ArrayList<>(List.of(t.index()));
            int light = Arguments.governor(s, t.index(), "obj");
            if (light >= 0) {
                heads.add(light);
            }
            for (int h : heads) {
                for (org.dragoman.nlp.Dependency d : s.children(h)) {
                    if (d.relation().matches("(obl|nmod|advcl):(before|after|following)")
                            && MEETING_NOUNS.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                        return true;
                    }
                    if (d.base().matches("amod|advmod|obj")) {
                        // "one-on-one" comes as five tokens: the phrase's words joined.
                        String phrase = Arguments.subtree(s, d.dependent(), Set.of()).stream().sorted()
                                .map(i -> s.token(i).word().toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining());
                        if (APART_WORDS.contains(phrase)) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /**
     * "X spoke by phone with Y on Monday. The two men discussed trade, the statement added.": a sentence soon after a
     * call that tells the same sides talking, with no word of its own that they met in person (a form of "meet", a
     * place), goes on about the call; so does one told further on for the same day. Dates that differ are kept apart
     * by the caller.
     */
    private static boolean toldOnAfterCall(Meeting a, Meeting b) {
        Meeting first = a.evidence().begin() <= b.evidence().begin() ? a : b;
        Meeting next = first == a ? b : a;
        int gap = next.evidence().begin() - first.evidence().end();
        // Further on, the same day told for both: the call first told in the headline, its readout paragraphs below.
        boolean sameDay = first.date() != null && first.date().equals(next.date()) && first.date().precision() == EventDate.Precision.DAY;
        return first.mode() != Mode.IN_PERSON && next.mode() == Mode.IN_PERSON && gap >= 0 && (gap <= AFTER_CALL_CHARS || sameDay)
                && !metAndCalled(a, b) && next.place() == null;
    }

    /**
     * "Ruritanian and Bordurian leaders talk again" over a story of their phone call: a headline telling with no word
     * of its own that they met in person (a form of "meet", a place) is the call the body tells.
     */
    private static boolean headlineOfCall(AnnotatedArticle doc, Meeting a, Meeting b) {
        int headlineEnd = Spans.headlineEnd(doc);
        Meeting headline = a.evidence().end() <= headlineEnd ? a : b;
        Meeting call = headline == a ? b : a;
        return headline.evidence().end() <= headlineEnd && call.evidence().begin() >= headlineEnd && headline.mode() == Mode.IN_PERSON
                && call.mode() != Mode.IN_PERSON && headline.place() == null && !metAndCalled(a, b);
    }

    /**
     * "Zenda protests as Lenko meets Holm": a headline's present tense, read as a plan under the clause it hangs on,
     * tells the news the body gives as done; the body's telling decides.
     */
    private static boolean presentHeadline(AnnotatedArticle doc, Meeting a, Meeting b) {
        int headlineEnd = Spans.headlineEnd(doc);
        return a.evidence().end() <= headlineEnd && a.status() == Status.PLANNED && a.date() == null && b.status() == Status.OCCURRED
                && presentInHeadline(doc, a.trigger());
    }

    /** How far after a call, in characters (about three news sentences), a telling of the same sides goes on about it. */
    private static final int AFTER_CALL_CHARS = 600;

    /**
     * One trip told twice ("Chilean president to visit Peru" in the headline, "Ana Soto will travel to Lima" below)
     * is one visit: same travellers, same place and status, no conflicting date. The first telling stays, completed.
     * A trip lasts days: "Ana Soto received Ivo Ruiz in Lima on Tuesday" and "Ruiz, who arrived in Lima on Monday" are
     * one visit, from its first day. A headline that tells as done a trip the body plans ("Soto heads to Lima") sums it up:
     * the body's telling, status and date stand; one that cancels ("postpones") keeps its own.
     */
    static List<Event> repeatedVisits(AnnotatedArticle doc, List<Event> events) {
        return repeated(events, Visit.class,
                (a, b) -> a.place() != null && a.place().equals(b.place()) && (Set.copyOf(a.visitors()).equals(Set.copyOf(b.visitors()))
                        && (a.status() == b.status() && (noDateConflict(a, b) || oneTrip(a, b)) || sumsUpPlan(doc, a, b))
                        || withCompany(a, b)),
                (a, b) -> {
                    List<String> visitors = new ArrayList<>(a.visitors());
                    visitors.addAll(b.visitors());
                    if (sumsUpPlan(doc, a, b)) {
                        return new Visit(visitors, a.host() != null ? a.host() : b.host(), b.status(), b.date(), a.place(),
                                b.trigger(), b.evidence(), Math.max(a.confidence(), b.confidence()));
                    }
                    return new Visit(visitors, a.host() != null ? a.host() : b.host(), a.status(), earlier(a.date(), b.date()),
                            a.place(), a.trigger(), a.evidence(), Math.max(a.confidence(), b.confidence()));
                });
    }

    /**
     * "the first visit by Ana Soto to Lima" and "Soto, who arrived on Friday accompanied by Ivo Ruiz": one telling's
     * travellers among the other's, to one place on the same day with the same status, are one trip with all of them.
     */
    private static boolean withCompany(Visit a, Visit b) {
        boolean among = a.visitors().containsAll(b.visitors()) || b.visitors().containsAll(a.visitors());
        return among && a.status() == b.status() && a.date() != null && a.date().precision() == EventDate.Precision.DAY
                && a.date().equals(b.date());
    }

    /** How many days apart two tellings of one trip made may be dated. */
    private static final int TRIP_DAYS = 3;

    /**
     * Whether two visits made by the same travellers to one place, one of them to a host, are dated to days at most
     * {@link #TRIP_DAYS} apart. Unhosted visits so dated may be two trips ("flew to Lima on Monday and back on Wednesday").
     */
    private static boolean oneTrip(Visit a, Visit b) {
        if (a.status() != Status.OCCURRED || a.host() == null && b.host() == null || a.date() == null || b.date() == null
                || a.date().precision() != EventDate.Precision.DAY || b.date().precision() != EventDate.Precision.DAY) {
            return false;
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a.date().iso()),
                java.time.LocalDate.parse(b.date().iso()));
        return Math.abs(days) <= TRIP_DAYS;
    }

    /** The earlier of two dates of one precision, or the one given; null when neither is. */
    private static EventDate earlier(EventDate a, EventDate b) {
        return a == null || b != null && b.iso().compareTo(a.iso()) < 0 ? b : a;
    }

    /** Each event of {@code kind} that {@code same} pairs with an earlier one is folded into it by {@code merge}. */
    private static <T extends Event> List<Event> repeated(List<Event> events, Class<T> kind,
                                                          java.util.function.BiPredicate<T, T> same,
                                                          java.util.function.BinaryOperator<T> merge) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int earlier = -1;
            if (kind.isInstance(e)) {
                for (int i = 0; i < out.size() && earlier < 0; i++) {
                    if (kind.isInstance(out.get(i)) && same.test(kind.cast(out.get(i)), kind.cast(e))) {
                        earlier = i;
                    }
                }
            }
            if (earlier < 0) {
                out.add(e);
            } else {
                out.set(earlier, merge.apply(kind.cast(out.get(earlier)), kind.cast(e)));
            }
        }
        return out;
    }

    private static boolean noDateConflict(Event a, Event b) {
        return a.date() == null || b.date() == null || a.date().equals(b.date());
    }

    /** How many sentences apart a one-participant telling may be from the full one ("after his talks, he told ..."). */
    private static final int PARTIAL_WINDOW = 3;

    /**
     * "Chinese premier holds talks" in a headline or beside the full telling: a meeting with one participant told in
     * the headline or next to a meeting of two or more that includes that participant, with the same mode, a
     * compatible status and no conflicting date, is that meeting; it lends a missing date or place.
     */
    static List<Event> partialTellings(AnnotatedArticle doc, List<Event> events) {
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Meeting a) || a.participants().size() != 1) {
                continue;
            }
            int sentence = doc.sentenceIndexAt(a.evidence().begin());
            for (int j = 0; j < out.size(); j++) {
                if (j == i || !(out.get(j) instanceof Meeting b) || b.participants().size() < 2
                        || !b.participants().contains(a.participants().get(0)) || b.mode() != a.mode()
                        || !compatibleStatus(a, b) || !noDateConflict(a, b)) {
                    continue;
                }
                int other = doc.sentenceIndexAt(b.evidence().begin());
                // Beyond the next sentence only a telling of the same status: "talks with X" is not the meeting with
                // X that someone proposes two sentences on.
                int apart = Math.abs(sentence - other);
                if (sentence != 0 && (apart > PARTIAL_WINDOW || apart > 1 && a.status() != b.status())) {
                    continue;
                }
                out.set(j, new Meeting(b.participants(), b.mode(), b.status(), b.date() != null ? b.date() : a.date(),
                        b.place() != null ? b.place() : a.place(), b.trigger(), b.evidence(), b.confidence()));
                out.remove(i);
                i--;
                break;
            }
        }
        return out;
    }

    /**
     * "Polish and Ukrainian leaders meet" in a headline, and "Polish President Ana Soto met Ukrainian President Ivo Ruiz"
     * below: a meeting of countries or bodies is the same meeting as one of people who hold office in each of them,
     * when mode and status agree and the dates do not conflict; so is a headline's meeting of countries and one of
     * people at the same place. The people's telling stays, completed by the other.
     */
    static List<Event> proxyMeetings(AnnotatedArticle doc, EntityIndex index, List<Event> events) {
        int headlineEnd = Spans.headlineEnd(doc);
        List<Event> out = new ArrayList<>(events);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof Meeting a) || a.participants().size() < 2) {
                continue;
            }
            // "Ruiz holds talks with Ruritanian foreign minister" in a headline: a person and a country standing in for
            // its unnamed official, told in full below.
            boolean mixedHeadline = a.evidence().end() <= headlineEnd && !allBodies(index, a.participants())
                    && a.participants().stream().anyMatch(p -> allBodies(index, List.of(p)));
            if (!allBodies(index, a.participants()) && !mixedHeadline) {
                continue;
            }
            // "Ruritanian and Borduric army chiefs meet in Lima" over "Ana Soto and Ivo Ruiz met in Lima": a headline's
            // meeting of countries is the body's meeting of people at the same place, though their offices go untold.
            boolean headlined = a.evidence().end() <= headlineEnd && a.place() != null && !mixedHeadline;
            for (int j = 0; j < out.size(); j++) {
                if (j == i || !(out.get(j) instanceof Meeting b) || b.mode() != a.mode() || !planAndOutcome(a, b) && b.status() != a.status()
                        || a.date() != null && b.date() != null && !a.date().equals(b.date())) {
                    continue;
                }
                boolean sameVenue = headlined && a.place().equals(b.place()) && b.participants().size() >= 2
                        && b.participants().stream().allMatch(p -> index.byId(p).map(e -> e.type() == EntityType.PERSON).orElse(false));
                if (!sameVenue && !a.participants().stream().allMatch(p -> b.participants().contains(p) || holdsOffice(index, b, p))) {
                    continue;
                }
                // "a summit with Ruritania was postponed. The summit had been due to bring together A and B": the plan
                // takes the cancellation's status.
                Status status = planAndOutcome(a, b) ? Status.CANCELLED : b.status();
                out.set(j, new Meeting(b.participants(), b.mode(), status, b.date() != null ? b.date() : a.date(),
                        b.place() != null ? b.place() : a.place(), b.trigger(), b.evidence(), Math.max(a.confidence(), b.confidence())));
                out.remove(i);
                i--;
                break;
            }
        }
        return out;
    }

    /** Whether one telling is a plan and the other its cancellation. */
    private static boolean planAndOutcome(Meeting a, Meeting b) {
        return java.util.EnumSet.of(a.status(), b.status()).equals(java.util.EnumSet.of(Status.PLANNED, Status.CANCELLED));
    }

    private static boolean allBodies(EntityIndex index, List<String> ids) {
        return ids.stream().allMatch(id -> index.byId(id)
                .map(e -> e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION).orElse(false));
    }

    /** Whether a person among the meeting's participants holds a role of body {@code body}. */
    private static boolean holdsOffice(EntityIndex index, Meeting m, String body) {
        return m.participants().stream().anyMatch(p -> index.byId(p)
                .map(e -> index.officeRoles(e).stream().anyMatch(r -> body.equals(r.ofEntity()))).orElse(false));
    }

    /**
     * Two tellings can be one meeting when their status agrees (planned and hypothetical agree: both are still to
     * come), or when a planned meeting is later named only in
     * passing ("the summit"), which says nothing about whether it took place.
     */
    private static boolean compatibleStatus(Meeting a, Meeting b) {
        // "might set the stage for a meeting between X and Y ... Y hopes to meet X": one meeting still to come.
        Set<Status> ahead = Set.of(Status.PLANNED, Status.HYPOTHETICAL);
        // "rejected reports that X had cancelled a meeting with Y ... the daily said X had called off the meeting": a
        // cancellation and its denial tell one meeting, whose first telling decides.
        Set<Status> off = Set.of(Status.CANCELLED, Status.DENIED);
        if (a.status() == b.status() || ahead.contains(a.status()) && ahead.contains(b.status())
                || off.contains(a.status()) && off.contains(b.status())) {
            return true;
        }
        Meeting weaker = a.confidence() <= b.confidence() ? a : b;
        Meeting other = weaker == a ? b : a;
        return weaker.confidence() <= 0.5 && weaker.status() == Status.OCCURRED && other.status() == Status.PLANNED;
    }

    /** Whether one side list contains the other: the second telling adds no new counterpart. */
    private static boolean sameSides(List<String> a, List<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    private static boolean overlap(List<String> a, List<String> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** The telling with more participants, completed by the other: their union, a remote mode, a status, date, place. */
    /**
     * Whether the meeting has one side, told by a verb of hosting or chairing ("The talks were hosted by X and brought
     * together A and B"): its host, who joins a meeting of the same sentence with two sides or more.
     */
    private static boolean loneHost(Sentence s, Meeting m) {
        return m.participants().size() == 1 && m.mode() == Mode.IN_PERSON && s.tokens().stream().anyMatch(t -> t.word().equals(m.trigger())
                && t.isVerb() && CHAIRING_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    private static Meeting richer(Meeting a, Meeting b) {
        Meeting base = b.participants().size() > a.participants().size() ? b : a;
        Meeting other = base == a ? b : a;
        Set<String> parts = new LinkedHashSet<>(base.participants());
        parts.addAll(other.participants());
        Mode mode = base.mode() != Mode.IN_PERSON ? base.mode() : other.mode();
        // "held talks with X, their first meeting since X flew to Oslo for a summit in April": a telling of another
        // date lends no place.
        return new Meeting(List.copyOf(parts), mode, base.status() != Status.OCCURRED ? base.status() : other.status(),
                base.date() != null ? base.date() : other.date(), base.place() != null || !sameTime(base.date(), other.date()) ? base.place() : other.place(),
                base.trigger(), base.evidence(), Math.max(a.confidence(), b.confidence()));
    }
}
