package org.dragoman.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Meetings told by a verb: "Ana Soto met (with) Ivo Ruiz", "Ivo Ruiz was received by Ana Soto", "the leaders
 * gathered", "Ana Soto spoke with Ivo Ruiz", "spent an hour with Ivo Ruiz", "the summit brought together A and B",
 * "Ana Soto will see Ivo Ruiz on Friday", "the two men dined together", "hosted the leaders for lunch". Several verbs
 * read as a meeting only with the right sides; see fits(). A verb listing several counterparts gives one meeting each ({@link SideGroups#split}).
 */
final class VerbalMeetingRule implements MeetingRule {
    /** Nouns of a span of time one spends with someone ("spent the morning with ..."). */
    private static final Set<String> TIME_SPANS = WordLists.MEETING.get("time-span-noun");
    private static final Set<String> MEET_VERBS = WordLists.MEETING.get("meet-verb");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    /** Objects of "meet" that are standards or responses, not people: "met the deadline", "met with criticism". */
    private static final Set<String> NOT_MET_PEOPLE = WordLists.MEETING.get("met-standard");

    /** Plural nouns for guests a host receives: "hosted the leaders". */
    private static final Set<String> GUEST_NOUNS = WordLists.MEETING.get("guest-noun");

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean triggers(Token t) {
        return t.isVerb() && MEET_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int v) {
        VerbSides sides = VerbSides.read(c.args(), s, v);
        if (!fits(c.args(), s, v, sides)) {
            return List.of();
        }
        Optional<Meeting> whole = s.token(v).lemma().equalsIgnoreCase("bring")
                ? gathered(c, s, v, sides) : sides.meeting(c, s, v, MeetingMode.of(s, v, -1));
        return RemoteJoiners.add(c, s, v, whole.map(m -> SideGroups.split(c, s, v, m)).orElse(List.of()));
    }

    /** Whether "again" modifies the verb: "will speak again", "sat down again". */
    private static boolean again(Sentence s, int v) {
        return Arguments.hasAdverb(s, v, "again");
    }

    /**
     * "had met the targets set for its first year": the common noun heading the words right after the verb, past its
     * determiners and adjectives, is a standard though the parser made it the subject of what follows.
     */
    private static boolean standardAfter(Sentence s, int v) {
        for (int k = v + 1; k < Math.min(s.tokens().size(), v + 7); k++) {
            Token t = s.token(k);
            if (t.pos().startsWith("NN")) {
                // "met Opposition leader Ana Soto": a name or a compound's first word is no standard.
                boolean head = k + 1 == s.tokens().size() || !s.token(k + 1).pos().startsWith("NN");
                return head && t.pos().matches("NNS?") && NOT_MET_PEOPLE.contains(t.lemma().toLowerCase(Locale.ROOT));
            }
            // "met most of the targets", "met all of its goals": a quantity of a standard is one too.
            boolean ofQuantity = t.word().equalsIgnoreCase("of") && k > v + 1;
            if (!t.pos().matches("DT|PDT|JJ.*|PRP\\$|CD|RB") && !ofQuantity) {
                return false;
            }
        }
        return false;
    }

    /** Whether the sides fit the verb: each verb that also has other senses needs its own evidence of a meeting. */
    private static boolean fits(Arguments args, Sentence s, int v, VerbSides sides) {
        switch (s.token(v).lemma().toLowerCase(Locale.ROOT)) {
            case "speak", "talk" -> {
                // "would keep talking to both": contact that goes on, no one conversation.
                if (s.parents(v).stream().anyMatch(d -> d.base().equals("xcomp") && d.governor() >= 0
                        && s.token(d.governor()).lemma().equalsIgnoreCase("keep"))) {
                    return false;
                }
                // "spoke with Y" / "talked by phone": not "spoke to reporters" or "said". "The two leaders will speak
                // again", "A and B last spoke in 2022": two people named as its subject talk to each other once more,
                // or did so last then.
                boolean lastTime = Arguments.hasAdverb(s, v, "last");
                // "A and B talked for about an hour", "the two presidents talked briefly": a talk of a told length.
                boolean timed = Arguments.dependents(s, v, "obl:for").stream().anyMatch(o -> s.token(o).ner().matches("DURATION|TIME|DATE")
                        || TIME_SPANS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)))
                        || Arguments.dependents(s, v, "advmod").stream().anyMatch(a -> s.token(a).word().matches("(?i)briefly|privately|together"));
                return sides.withPhrase() || MeetingMode.remote(s, v)
                        || (again(s, v) || lastTime || timed) && sides.others().isEmpty() && sides.subjects().size() >= 2 && allPeople(sides.subjects(), args);
            }
            case "meet" -> {
                // "Ana Soto said ... and agreed to meet on the sidelines": one person meeting no one named or unnamed
                // tells nobody's meeting; the parser has lost who agreed.
                boolean alone = sides.sides().isEmpty() && sides.objects().isEmpty() && sides.subjects().size() == 1
                        && allPeople(sides.subjects(), args);
                // "met the criteria", "met with criticism", "the demands were not met": a standard or a response.
                return !alone && Arguments.dependents(s, v, "obj", "obl:with", "nsubj:pass").stream()
                        .noneMatch(t -> NOT_MET_PEOPLE.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)))
                        && !standardAfter(s, v);
            }
            case "walk" -> {
                // "X walks with Y" in a picture caption: two named people together, not a march or a stroll alone.
                return sides.withPhrase() && !sides.subjects().isEmpty() && allPeople(sides.others(), args)
                        && allPeople(sides.subjects(), args);
            }
            case "gather", "convene", "huddle" -> {
                // "leaders gathered in Cairo": a meeting only among several named actors, or among the members of one
                // body ("ministers from the Acme Pact gathered in Oslo").
                Set<String> group = new LinkedHashSet<>(sides.subjects());
                group.addAll(sides.others());
                boolean members = group.size() == 1 && args.index().byId(group.iterator().next())
                        .map(e -> e.type() == EntityType.ORGANIZATION).orElse(false)
                        && Arguments.dependents(s, v, "nsubj").stream().anyMatch(t -> s.token(t).pos().equals("NNS"));
                return group.size() >= 2 || members;
            }
            case "sit" -> {
                // "sat down with Ivo Ruiz": the particle and a named side; "sat in the front row" is no meeting.
                // "Ana Soto and Ivo Ruiz sat down together": two people named as its subjects.
                // "A and B sat down again in Geneva": two people named as its subject meet once more.
                boolean together = (together(s, v) || again(s, v)) && sides.subjects().size() >= 2 && allPeople(sides.subjects(), args);
                return Arguments.dependents(s, v, "compound:prt").stream().anyMatch(p -> s.token(p).word().equalsIgnoreCase("down"))
                        && (sides.withPhrase() && !sides.others().isEmpty() || together);
            }
            case "see" -> {
                // "Ana Soto will see Ivo Ruiz on Friday": one named person seeing another; "saw Ivo Ruiz as a threat",
                // "saw the report", "I saw Ivo Ruiz" tell no meeting.
                boolean asSomething = s.children(v).stream().anyMatch(d -> d.relation().endsWith(":as") || d.base().equals("xcomp"))
                        || Arguments.dependents(s, v, "obj").stream().anyMatch(o -> !Arguments.dependents(s, o, "acl", "nmod:as").isEmpty());
                // "will see the Ruritanian president", "will see her": a title or, for a meeting still to come, a
                // pronoun, each standing for a person.
                boolean namedObject = sides.objects().stream().anyMatch(o -> s.token(o).isProperNoun() || !Arguments.dependents(s, o, "compound").isEmpty()
                        && args.namedPerson(s, o).isPresent() || TitleLexicon.isTitleWord(s.token(o).lemma().toLowerCase(Locale.ROOT))
                        || s.token(o).word().matches("(?i)him|her") && Arguments.dependents(s, v, "aux", "mark").stream()
                        .anyMatch(a -> s.token(a).word().matches("(?i)will|would|'ll|to")));
                // "A and B had last seen each other in May": two people named as its subject see one another.
                boolean eachOther = Arguments.dependents(s, v, "obj").stream().anyMatch(o -> s.token(o).word().equalsIgnoreCase("other")
                        && o > 0 && s.token(o - 1).word().equalsIgnoreCase("each"));
                if (eachOther) {
                    return sides.subjects().size() >= 2 && allPeople(sides.subjects(), args);
                }
                return !asSomething && namedObject && !sides.subjects().isEmpty() && !sides.others().isEmpty()
                        && allPeople(sides.subjects(), args) && allPeople(sides.others(), args);
            }
            case "shake" -> {
                // "shook hands with Ivo Ruiz", "Ana Soto and Ivo Ruiz shake hands": hands shaken between named people;
                // "shook the region" or "shook his head" tells no meeting.
                boolean hands = Arguments.dependents(s, v, "obj").stream().anyMatch(o -> s.token(o).lemma().equalsIgnoreCase("hand"));
                boolean between = sides.withPhrase() && !sides.others().isEmpty() && !sides.subjects().isEmpty()
                        && allPeople(sides.others(), args) && allPeople(sides.subjects(), args);
                return hands && (between || sides.subjects().size() >= 2 && allPeople(sides.subjects(), args));
            }
            case "dine" -> {
                // "dined with Ivo Ruiz", "the two men dined together": a meal of two named sides.
                boolean together = together(s, v)
                        && sides.subjects().size() >= 2;
                return sides.withPhrase() && !sides.others().isEmpty() && !sides.subjects().isEmpty() || together;
            }
            case "greet" -> {
                // "Ana Soto greeted Ivo Ruiz at the airport": one named person greeting another; greeted "by crowds", "by
                // members of the council" or "the news" tells no meeting.
                return !sides.subjects().isEmpty() && !sides.others().isEmpty() && allPeople(sides.others(), args)
                        && allPeople(sides.subjects(), args);
            }
            case "brief" -> {
                // "briefed Ivo Ruiz on the talks": a named person briefed in person; "briefed reporters", "briefed his
                // cabinet" tell no meeting of two.
                return !sides.subjects().isEmpty() && !sides.others().isEmpty() && allPeople(sides.others(), args)
                        && allPeople(sides.subjects(), args);
            }
            case "discuss" -> {
                // "Ana Soto discussed the crisis with Ivo Ruiz": named on both sides, else a topic talked over;
                // "Ana Soto and Ivo Ruiz discussed trade": two or more people named as its subjects, in the past tense
                // (a caption's "discuss" or a "due to discuss" tells no talks held).
                // "had discussed", "have discussed": a perfect is as past.
                // "A and B discussed by telephone on Monday ...": the tagger may take the simple past for a participle
                // that has an active subject and no auxiliary.
                boolean perfect = Arguments.dependents(s, v, "aux").stream().anyMatch(a -> s.token(a).lemma().equalsIgnoreCase("have"));
                boolean activeParticiple = Arguments.dependents(s, v, "aux", "aux:pass", "nsubj:pass").isEmpty()
                        && !Arguments.dependents(s, v, "nsubj").isEmpty();
                boolean past = s.token(v).pos().equals("VBD") || s.token(v).pos().equals("VBN") && (perfect || activeParticiple);
                boolean together = !sides.withPhrase() && past && sides.subjects().size() >= 2
                        && allPeople(sides.subjects(), args);
                return sides.withPhrase() && !sides.others().isEmpty() && !sides.subjects().isEmpty() || together;
            }
            case "bring" -> {
                // "the summit brought together Ana Soto, Ivo Ruiz and Eva Lind": together, and two or more named.
                boolean together = Arguments.dependents(s, v, "advmod", "compound:prt").stream()
                        .anyMatch(a -> s.token(a).word().equalsIgnoreCase("together"));
                Set<String> group = new LinkedHashSet<>(sides.subjects());
                group.addAll(sides.others());
                return together && group.size() >= 2;
            }
            case "spend" -> {
                // "spent an hour with Ivo Ruiz", "spent Monday with the emir": a span of time with a named person;
                // "spent two years with the ministry" (an organisation) and "spent $5 million" tell no meeting.
                // "spent the morning with the emir": the parser may make the span a temporal modifier, untagged.
                boolean time = Arguments.dependents(s, v, "obj", "obl:tmod").stream().anyMatch(o -> s.token(o).ner().matches("DURATION|DATE|TIME")
                        || TIME_SPANS.contains(s.token(o).lemma().toLowerCase(Locale.ROOT)));
                // "A and B spent three hours together": two people named as its subject.
                boolean together = time && together(s, v) && sides.subjects().size() >= 2 && allPeople(sides.subjects(), args);
                return together || time && sides.withPhrase() && !sides.subjects().isEmpty() && !sides.others().isEmpty()
                        && allPeople(sides.others(), args) && allPeople(sides.subjects(), args);
            }
            case "receive", "welcome", "host", "summon" -> {
                // "X received Y", or in the passive "Y was received by X": both sides must be named actors.
                // "after being received by X": a passive participle, its subject the clause's.
                boolean passive = !Arguments.dependents(s, v, "nsubj:pass", "aux:pass").isEmpty()
                        && VerbSides.agents(s, v).stream().anyMatch(a -> !args.actors(s, a).isEmpty());
                // "hosted the leaders for lunch", "received the visiting delegates": guests in number, though unnamed.
                // "receives 1,265 delegates" counts votes: received guests are definite ones ("the leaders").
                String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
                boolean guests = !sides.subjects().isEmpty() && !lemma.equals("summon")
                        && sides.objects().stream().anyMatch(o -> guestGroup(s, o) && (!lemma.equals("receive")
                        || Arguments.dependents(s, o, "det", "nmod:poss").stream().anyMatch(d -> !s.token(d).word().matches("(?i)a|an|some|any|no"))));
                return guests || !sides.others().isEmpty()
                        && (passive || sides.objects().stream().anyMatch(o -> !args.actors(s, o).isEmpty()));
            }
            default -> {
                return true;
            }
        }
    }

    /** "The summit brought together A, B and C": those brought together meet, whether or not the subject names anyone. */
    private static Optional<Meeting> gathered(MeetingContext c, Sentence s, int v, VerbSides sides) {
        Set<String> group = new LinkedHashSet<>(sides.subjects());
        List<Integer> gatherings = gatheringSubjects(s, v);
        // "the summit of the Acme Pact brought together A and B": the body whose gathering it is takes part too.
        for (int gathering : gatherings) {
            Arguments.dependents(s, gathering, "nmod:of").forEach(o -> group.addAll(c.args().actors(s, o)));
        }
        group.addAll(sides.others());
        // "the video summit brought together A and B": the gathering's own words tell how it met.
        Mode mode = MeetingMode.of(s, v, gatherings.isEmpty() ? -1 : gatherings.get(0));
        return EventAssembly.meeting(c, s, v, -1, List.copyOf(group), mode, 0.8, false);
    }

    /** Whether the verb carries the adverb "together": "sat down together", "dined together". */
    /**
     * The meeting nouns that are the subject of "brought together" at {@code v}: "the summit brought together A and B".
     * Empty for any other verb, or where "together" is missing.
     */
    static List<Integer> gatheringSubjects(Sentence s, int v) {
        boolean together = s.token(v).lemma().equalsIgnoreCase("bring") && Arguments.dependents(s, v, "advmod", "compound:prt")
                .stream().anyMatch(a -> s.token(a).word().equalsIgnoreCase("together"));
        if (!together) {
            return List.of();
        }
        List<Integer> subjects = new ArrayList<>(Arguments.dependents(s, v, "nsubj"));
        // "The meeting of the Acme Pact, or AP, brought together A and B": the parser may hang the verb on the noun.
        int described = Arguments.governor(s, v, "acl");
        if (described >= 0 && !Arguments.dependents(s, v, "obj").isEmpty()) {
            subjects.add(described);
        }
        return subjects.stream().filter(n -> MEETING_NOUNS.contains(s.token(n).lemma().toLowerCase(Locale.ROOT))).toList();
    }

    private static boolean together(Sentence s, int v) {
        return Arguments.hasAdverb(s, v, "together");
    }

    /** "the leaders", "26 heads of state", "a delegation": a group of guests. */
    private static boolean guestGroup(Sentence s, int t) {
        Token tok = s.token(t);
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        return GUEST_NOUNS.contains(lemma) && (tok.pos().equals("NNS") || lemma.equals("delegation"));
    }

    private static boolean allPeople(Set<String> ids, Arguments args) {
        return ids.stream().allMatch(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false));
    }
}
