package org.dragoman.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.EventDate;
import org.dragoman.model.Status;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/** Reads an event's status from tense, modality, negation and the verbs governing its trigger. */
final class EventStatus {
    private static final Set<String> FUTURE_AUX = WordLists.STATUS.get("future-aux");
    private static final Set<String> MAYBE_AUX = WordLists.STATUS.get("maybe-aux");
    private static final Set<String> PLAN_VERBS = WordLists.STATUS.get("plan-verb");
    private static final Set<String> SCHEDULE_NOUNS = WordLists.STATUS.get("schedule-noun");
    private static final VerbLexicon VERBS = VerbLexicon.bundled();
    private static final Set<String> CANCEL_VERBS = WordLists.STATUS.get("cancel-verb");
    private static final Set<String> DENY_VERBS = WordLists.STATUS.get("deny-verb");
    private static final Set<String> REFUSE_VERBS = WordLists.STATUS.get("refuse-verb");
    private static final Set<String> MAYBE_VERBS = WordLists.STATUS.get("maybe-verb");
    private static final Set<String> OFFER_ACCEPTING_VERBS = WordLists.STATUS.get("offer-accepting-verb");
    private static final Set<String> OFFER_REFUSING_VERBS = WordLists.STATUS.get("offer-refusing-verb");
    private static final Set<String> PLAN_MODIFIERS = WordLists.STATUS.get("plan-modifier");
    private static final Set<String> MAYBE_MODIFIERS = WordLists.STATUS.get("maybe-modifier");
    private static final Set<String> MEETING_NOUNS = WordLists.MEETING.get("meeting-noun");
    private static final Set<String> VISIT_NOUNS = WordLists.MEETING.get("visit-noun");
    private static final Set<String> FALSE_PREDICATES = WordLists.STATUS.get("false-predicate");
    private static final Set<String> REPORT_NOUNS = WordLists.STATUS.get("report-noun");

    /** Relations through which a verb above the trigger governs its status; nominal ones reach "the trip, where ...". */
    private static final Set<String> GOVERNING = Set.of("xcomp", "obj", "ccomp", "nsubj", "advcl", "acl", "nmod");

    private EventStatus() {
    }

    static Status of(Sentence s, int trigger, EventDate date, LocalDate articleDate, int... anchors) {
        int[] heads = new int[anchors.length + 1];
        heads[0] = trigger;
        System.arraycopy(anchors, 0, heads, 1, anchors.length);
        Status found = null;
        for (int h : heads) {
            if (h < 0) {
                continue;
            }
            Status st = refusedObject(s, trigger, h);
            st = st != null ? st : fromHead(s, h);
            // "did not speak to reporters after his meeting with X": a meeting that frames the verb in time is not
            // what the verb denies.
            int head = h;
            if ((st == Status.DENIED || st == Status.CANCELLED) && h != trigger && s.parents(trigger).stream()
                    .anyMatch(d -> d.governor() == head && d.relation().matches("obl:(after|before|following)"))) {
                st = null;
            }
            // "will meet X and hold talks with Y": a bare verb joined to another shares its auxiliary.
            int first = st == null && s.token(h).pos().equals("VB") ? Arguments.governor(s, h, "conj") : -1;
            if (first >= 0 && first < h && s.token(first).isVerb()) {
                st = fromHead(s, first);
            }
            if (st != null) {
                found = st;
                break;
            }
        }
        // "called off a planned visit": the governing verb's cancellation outweighs the plan the noun carries.
        if (found == null || found == Status.PLANNED) {
            Status governing = fromGovernors(s, trigger, anchors);
            // "is scheduled to arrive in Lima for talks", "is expected to hold talks": the talks take the status of the
            // trip they are for, or of the verb that holds them; a frame of time ("after a meeting") does not.
            for (int a : anchors) {
                boolean purposeOrHeld = a >= 0 && s.parents(trigger).stream().anyMatch(d -> d.governor() == a
                        && (d.relation().equals("obl:for") || d.relation().equals("obl:including") || d.base().equals("obj")));
                if (governing == null && purposeOrHeld) {
                    governing = fromGovernors(s, a);
                }
            }
            // "said the summit would take place later, and that Ana Soto had spoken to Ivo Ruiz": a clause with its own
            // subject and past tense tells what happened, however the parser hung it under the plan.
            if ((governing == Status.PLANNED || governing == Status.HYPOTHETICAL) && ownPast(s, trigger)) {
                governing = null;
            }
            if (found == Status.PLANNED && governing == Status.DENIED && subjectOfNegatedVerb(s, trigger)) {
                // "A planned meeting with Ivo Ruiz did not take place": a plan that did not happen was called off.
                found = Status.CANCELLED;
            } else if (found == null || governing == Status.CANCELLED || governing == Status.DENIED) {
                found = governing != null ? governing : found;
            }
        }
        if ((found == null || found == Status.OCCURRED) && calledFalse(s, trigger)) {
            found = Status.DENIED;
        }
        int holder = Arguments.governor(s, trigger, "obl:for");
        // "might set the stage for a meeting": a modal on the verb the meeting is the for-phrase of.
        if (found == null && holder >= 0) {
            Status purpose = fromHead(s, holder);
            if (purpose == Status.PLANNED || purpose == Status.HYPOTHETICAL) {
                found = purpose;
            }
        }
        // "had no plans for a meeting", "has plans for a visit": the plan noun beside the trigger decides.
        for (int plan : holder < 0 || found != null ? List.<Integer>of() : Arguments.dependents(s, holder, "obj")) {
            // "discussed preparations for a visit", parsed with the visit on the verb: any plan word as its object.
            if (PLAN_VERBS.contains(s.token(plan).lemma().toLowerCase(Locale.ROOT)) && s.token(plan).isNoun()) {
                boolean none = Arguments.dependents(s, plan, "det").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("no"));
                found = none ? Status.DENIED : Status.PLANNED;
            }
        }
        // "There are no plans for Ana Soto to meet X": a plan noun with "no" that the trigger completes.
        int planNoun = Arguments.governor(s, trigger, "acl", "acl:to");
        if (planNoun >= 0 && s.token(planNoun).isNoun() && PLAN_VERBS.contains(s.token(planNoun).lemma().toLowerCase(Locale.ROOT))
                && Arguments.dependents(s, planNoun, "det").stream().anyMatch(d -> s.token(d).word().equalsIgnoreCase("no"))) {
            found = Status.DENIED;
        }
        if (found == null && (dueBefore(s, trigger) || aheadInPresent(s, trigger) || laterInPresent(s, trigger))) {
            found = Status.PLANNED;
        }
        if ((found == null || found == Status.PLANNED) && cancelledAfter(s, trigger)) {
            found = Status.CANCELLED;
        }
        if (found == Status.PLANNED && (calledOffAfter(s, trigger) || insideCalledOff(s, trigger))) {
            found = Status.CANCELLED;
        }
        if (found == null && headlineFuture(s, heads)) {
            found = Status.PLANNED;
        }
        // "for agreeing to receive her", "had no plans to hold a meeting with X": the words before the trigger or the
        // light verb holding it tell the plan where the parse lost it.
        for (int h : heads) {
            boolean holds = h == trigger || Arguments.dependents(s, h, "obj").contains(trigger);
            if (found == null && holds && h >= 2 && s.token(h - 1).word().equalsIgnoreCase("to") && s.token(h).pos().equals("VB")
                    && PLAN_VERBS.contains(s.token(h - 2).lemma().toLowerCase(java.util.Locale.ROOT))) {
                // "has no plans to meet X": nothing is planned.
                found = h >= 3 && s.token(h - 3).word().equalsIgnoreCase("no") ? Status.DENIED : Status.PLANNED;
            }
        }
        // "The announcement followed a call on Friday": a past verb whose object the meeting noun is gives the tense ("the
        // meeting was scheduled" as a subject does not, nor a verb of speech the parser took the noun for the object of).
        boolean pastTense = past(s, trigger) || java.util.Arrays.stream(anchors).anyMatch(a -> a >= 0 && past(s, a))
                || s.token(trigger).isNoun() && s.parents(trigger).stream().anyMatch(d -> d.governor() >= 0
                        && d.base().equals("obj") && past(s, d.governor())
                        && !VERBS.isCue(s.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT)))
                || presenceInPast(s, trigger);
        if (found == null && !pastTense && date != null && articleDate != null && after(date, articleDate)) {
            found = Status.PLANNED;
        }
        if (found == null && !pastTense && articleDate != null && laterWeek(s, heads, articleDate)) {
            found = Status.PLANNED;
        }
        // "held talks on Tuesday, two weeks before the leaders gather in Lima": a present verb of a before- or until-
        // clause tells what is still to come.
        if (found == null && s.token(trigger).pos().matches("VBP|VBZ") && Arguments.dependents(s, trigger, "mark").stream()
                .anyMatch(m -> s.token(m).word().matches("(?i)before|until|till"))) {
            found = Status.PLANNED;
        }
        return found == null ? Status.OCCURRED : found;
    }

    /**
     * "The trip comes ahead of a summit on Sunday", "talks are under way ahead of a visit": a meeting a present-tense
     * clause looks ahead to is still to come. After a past verb ("arrived ahead of the summit") it may be past too.
     */
    private static boolean aheadInPresent(Sentence s, int trigger) {
        int ahead = -1;
        for (Dependency d : s.parents(trigger)) {
            if (d.governor() >= 0 && s.token(d.governor()).word().equalsIgnoreCase("ahead") && d.subtype().equals("of")) {
                ahead = d.governor();
            }
        }
        for (int c : Arguments.dependents(s, trigger, "case")) {
            if (s.token(c).word().equalsIgnoreCase("ahead")) {
                ahead = c;
            }
        }
        if (ahead < 0) {
            return false;
        }
        int clause = ahead;
        while (clause >= 0 && !s.token(clause).isVerb()) {
            clause = s.parents(clause).stream().map(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
        }
        int verb = clause;
        return verb >= 0 && (s.token(verb).pos().matches("VBZ|VBP")
                || s.children(verb).stream().anyMatch(d -> d.base().startsWith("aux") && s.token(d.dependent()).pos().matches("VBZ|VBP|MD")
                        && !s.token(d.dependent()).lemma().matches("(?i)have")));
    }

    /**
     * "Ana Soto flies to Lima later on Sunday to meet Ivo Ruiz", "meets him later today": the plain present of a
     * timetable, with "later" before the day, is still to come. The clause is the first finite verb above the trigger.
     */
    private static boolean laterInPresent(Sentence s, int trigger) {
        int verb = trigger;
        for (int hops = 0; verb >= 0 && hops < 4 && !(s.token(verb).pos().matches("VBZ|VBP|VBD")
                || !Arguments.dependents(s, verb, "aux", "aux:pass").isEmpty()); hops++) {
            verb = s.parents(verb).stream().map(Dependency::governor).filter(g -> g >= 0).findFirst().orElse(-1);
        }
        if (verb < 0 || !s.token(verb).pos().matches("VBZ|VBP") || !Arguments.dependents(s, verb, "aux", "aux:pass").isEmpty()) {
            return false;
        }
        return Arguments.subtree(s, verb, Set.of()).stream().anyMatch(k -> k + 1 < s.tokens().size()
                && s.token(k).word().equalsIgnoreCase("later") && s.token(k + 1).word().matches("(?i)on|today|tonight|in|this"));
    }

    /**
     * "a report that Ana Soto had met Ivo Ruiz was a fabrication": the report of the event is the subject of a
     * predicate that calls it false ("false", "baseless"), or the object of a verb that denies it ("denied reports that
     * ..."), up to three clauses above the trigger.
     */
    private static boolean calledFalse(Sentence s, int trigger) {
        int node = trigger;
        for (int hop = 0; hop < 3 && node >= 0; hop++) {
            int up = governorBy(s, node, "ccomp|acl|dep");
            if (up >= 0 && s.token(up).isNoun() && REPORT_NOUNS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
                int report = up;
                // "said a report that ... was a fabrication" may be parsed with the report as the object of "said" and
                // the predicate as its second complement.
                // "denied reports that he had met X", however the parser hung the clause on the report.
                return s.parents(report).stream().anyMatch(d -> d.governor() >= 0 && (d.base().equals("nsubj")
                        && FALSE_PREDICATES.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                        || d.base().equals("obj") && DENY_VERBS.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))
                        || d.base().equals("obj") && Arguments.dependents(s, d.governor(), "xcomp", "dep", "ccomp").stream()
                        .anyMatch(x -> FALSE_PREDICATES.contains(s.token(x).lemma().toLowerCase(Locale.ROOT)))));
            }
            node = up;
        }
        return false;
    }

    /**
     * "called off a visit to Lima, where she had been due to meet X": a plan told inside the phrase of a trip or
     * meeting that a verb cancels (or that was dropped), up to eight steps above the trigger (the parser breaks
     * "where she had been due to" into a chain).
     */
    private static boolean insideCalledOff(Sentence s, int trigger) {
        int node = trigger;
        for (int hop = 0; hop < 8 && node >= 0; hop++) {
            int up = governorBy(s, node, ".*");
            if (up < 0) {
                return false;
            }
            String noun = s.token(up).lemma().toLowerCase(Locale.ROOT);
            // "called off a visit to Lima, where ...", "a stop in Lima, where ..., was dropped from the programme".
            int v = Arguments.governor(s, up, "obj");
            int passive = Arguments.governor(s, up, "nsubj:pass");
            boolean dropped = passive >= 0 && cancels(s, passive);
            if ((MEETING_NOUNS.contains(noun) || VISIT_NOUNS.contains(noun)) && (v >= 0 && cancels(s, v) || dropped)) {
                return true;
            }
            node = up;
        }
        return false;
    }

    /**
     * "had been due to hold talks with X and to call on Y": "due to" and a bare verb earlier in the trigger's clause,
     * however the parser broke it, tell a plan. A finite verb, "but" or a semicolon between them ends the clause;
     * "due to the crisis" gives a cause, not a plan.
     */
    private static boolean dueBefore(Sentence s, int trigger) {
        for (int i = trigger - 1; i >= 0 && trigger - i <= DUE_REACH; i--) {
            Token t = s.token(i);
            if (t.word().equals(";") || t.word().equalsIgnoreCase("but") || t.pos().matches("VBD|VBZ|VBP|MD")) {
                return false;
            }
            if (t.word().equalsIgnoreCase("due") && i + 2 < s.tokens().size() && i + 2 <= trigger
                    && s.token(i + 1).word().equalsIgnoreCase("to") && s.token(i + 2).pos().equals("VB")) {
                return true;
            }
        }
        return false;
    }

    private static final int DUE_REACH = 25;

    /**
     * "met", and the perfect: "had spoken", "has met"; also "shook hands and held talks" where the tagger took the
     * second verb, with no auxiliary, for a participle.
     */
    private static boolean past(Sentence s, int verb) {
        int first = Arguments.bareParticiple(s, verb) ? Arguments.governor(s, verb, "conj") : -1;
        return s.token(verb).pos().equals("VBD") || emphaticPast(s, verb) || s.token(verb).pos().equals("VBN")
                && Arguments.dependents(s, verb, "aux").stream().anyMatch(a -> s.token(a).lemma().equalsIgnoreCase("have"))
                // "was received by Ana Soto on Tuesday": a passive in the past.
                || s.token(verb).pos().equals("VBN") && Arguments.dependents(s, verb, "aux:pass").stream()
                        .anyMatch(a -> s.token(a).pos().equals("VBD"))
                || first >= 0 && first < verb && s.token(first).pos().equals("VBD")
                || participleOfPastClause(s, verb);
    }

    /** "did meet in Lima in March": a bare verb under a past "did" is as past as "met". */
    static boolean emphaticPast(Sentence s, int verb) {
        return s.token(verb).pos().equals("VB") && Arguments.dependents(s, verb, "aux").stream()
                .anyMatch(a -> s.token(a).lemma().equalsIgnoreCase("do") && s.token(a).pos().equals("VBD"));
    }

    /** "was in Lima on Wednesday for talks with X": a past presence, and talks it was for, took place then. */
    private static boolean presenceInPast(Sentence s, int trigger) {
        int place = Arguments.dependents(s, trigger, "cop").isEmpty() ? Arguments.governor(s, trigger, "obl:for", "nmod:for") : trigger;
        return place >= 0 && Arguments.dependents(s, place, "cop").stream().anyMatch(c -> s.token(c).pos().equals("VBD"));
    }

    /**
     * "Ministers meeting in Lima on Friday agreed ...", "Leaders attending the summit condemned ...": a present
     * participle that describes the subject or object of a past verb happened when that verb did.
     */
    private static boolean participleOfPastClause(Sentence s, int verb) {
        if (!s.token(verb).pos().equals("VBG") || !Arguments.dependents(s, verb, "aux", "aux:pass").isEmpty()) {
            return false;
        }
        int noun = Arguments.governor(s, verb, "acl");
        if (noun < 0 || !s.token(noun).isNoun()) {
            return false;
        }
        return s.parents(noun).stream().anyMatch(d -> d.governor() >= 0 && d.base().matches("nsubj|obj")
                && s.token(d.governor()).pos().equals("VBD"));
    }

    /**
     * "X had been due to meet Y on Monday, but the meeting was cancelled": a later clause of the sentence cancels the
     * meeting, visit or trip it names with "the" or "that", or the one the sentence opens on.
     */
    private static boolean cancelledAfter(Sentence s, int trigger) {
        int opening = s.tokens().size() > 1 && s.token(0).pos().equals("DT") ? 1 : 0;
        String first = s.token(opening).lemma().toLowerCase(Locale.ROOT);
        boolean opensOnEvent = MEETING_NOUNS.contains(first) || VISIT_NOUNS.contains(first);
        for (int v = trigger + 1; v < s.tokens().size(); v++) {
            if (!cancels(s, v)) {
                continue;
            }
            for (int n : Arguments.dependents(s, v, "nsubj:pass")) {
                String noun = s.token(n).lemma().toLowerCase(Locale.ROOT);
                boolean event = MEETING_NOUNS.contains(noun) || VISIT_NOUNS.contains(noun);
                if (event && Arguments.dependents(s, n, "det").stream().anyMatch(d -> s.token(d).word().matches("(?i)the|that"))) {
                    return true;
                }
            }
            // "A stop in Lima, where she had been due to meet X, was dropped": a passive with its subject lost to a
            // broken parse, in a sentence that opens on a trip or meeting noun.
            boolean passive = s.token(v).pos().equals("VBN") && v > 0 && s.token(v - 1).lemma().equalsIgnoreCase("be");
            if (opensOnEvent && passive && Arguments.dependents(s, v, "nsubj:pass").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code v} is a verb that cancels: "cancelled", "postponed", "called off", "put off". */
    private static boolean cancels(Sentence s, int v) {
        String lemma = s.token(v).lemma().toLowerCase(Locale.ROOT);
        return s.token(v).isVerb() && (CANCEL_VERBS.contains(lemma) && !lemma.equals("call")
                || (lemma.equals("call") || lemma.equals("put")) && Arguments.hasParticle(s, v, "off"));
    }

    /**
     * The status of a plan read off the words "due to" where the parse is broken: planned, or cancelled when called
     * off later in the sentence. "Had been due to meet" alone stays planned: whether it still stands is told
     * elsewhere, if at all.
     */
    static Status ofDue(Sentence s, int trigger) {
        boolean off = calledOffAfter(s, trigger) || cancelledAfter(s, trigger) || insideCalledOff(s, trigger);
        return off ? Status.CANCELLED : Status.PLANNED;
    }

    /**
     * "X was to visit Lima but called off the trip", "who had planned to visit Lima, postponed his visit": a later
     * verb of the sentence cancels a trip or meeting it names with "the", "that" or a possessive pronoun.
     */
    private static boolean calledOffAfter(Sentence s, int trigger) {
        for (int v = trigger + 1; v < s.tokens().size(); v++) {
            for (int n : cancels(s, v) ? Arguments.dependents(s, v, "obj") : List.<Integer>of()) {
                String noun = s.token(n).lemma().toLowerCase(Locale.ROOT);
                boolean event = MEETING_NOUNS.contains(noun) || VISIT_NOUNS.contains(noun);
                boolean definite = Arguments.dependents(s, n, "det").stream().anyMatch(d -> s.token(d).word().matches("(?i)the|that"))
                        || Arguments.dependents(s, n, "nmod:poss").stream().anyMatch(d -> s.token(d).isPronoun());
                if (event && definite) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "Chilean president to visit Peru": a headline's main verb in the bare infinitive with a subject tells the future.
     */
    private static boolean headlineFuture(Sentence s, int[] heads) {
        for (int h : heads) {
            // "Ruritania admits X; envoy to visit Lima": a second headline clause after a semicolon counts too.
            boolean root = h >= 0 && s.parents(h).stream().anyMatch(d -> d.governor() < 0
                    || d.base().equals("parataxis") && s.parents(d.governor()).stream().anyMatch(p -> p.governor() < 0));
            if (root && s.token(h).pos().equals("VB") && !Arguments.dependents(s, h, "nsubj").isEmpty()
                    && Arguments.dependents(s, h, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the date, at its own precision, lies after the article's day ("in October" in a July article). */
    static boolean after(EventDate date, LocalDate articleDate) {
        return switch (date.precision()) {
            case DAY -> LocalDate.parse(date.iso()).isAfter(articleDate);
            case MONTH -> java.time.YearMonth.parse(date.iso()).isAfter(java.time.YearMonth.from(articleDate));
            case YEAR -> Integer.parseInt(date.iso()) > articleDate.getYear();
        };
    }

    /** "The leaders meet this weekend", "talks next week": a week or weekend after the article's day. */
    private static boolean laterWeek(Sentence s, int[] heads, LocalDate articleDate) {
        for (int h : heads) {
            for (Dependency d : h < 0 ? List.<Dependency>of() : s.children(h)) {
                Token t = s.token(d.dependent());
                if (t.ner().equals("DATE") && t.normalized() != null && DateResolver.isLaterWeek(t.normalized(), articleDate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "declined a meeting with Ivo Ruiz" turns the meeting down; "would not refuse a meeting" leaves it open. Null
     * unless {@code verb} is a verb of refusing and {@code noun} its object.
     */
    private static Status refusedObject(Sentence s, int noun, int verb) {
        if (verb < 0 || verb == noun || !REFUSE_VERBS.contains(s.token(verb).lemma().toLowerCase(Locale.ROOT))
                || s.parents(noun).stream().noneMatch(d -> d.governor() == verb && d.base().equals("obj"))) {
            return null;
        }
        return Arguments.negated(s, verb) ? Status.HYPOTHETICAL : Status.CANCELLED;
    }

    private static Status fromHead(Sentence s, int h) {
        boolean negated = false;
        boolean beAux = false;
        boolean toMark = false;
        Status modal = null;
        for (Dependency d : s.children(h)) {
            Token t = s.token(d.dependent());
            String w = t.word().toLowerCase(Locale.ROOT);
            if (d.base().equals("advmod") && (w.equals("not") || w.equals("never") || w.equals("n't"))
                    || d.base().equals("det") && w.equals("no")) {
                negated = true;
            }
            // "she was to meet", "is to visit": be + to-infinitive tells an arrangement.
            beAux |= (d.base().equals("aux") || d.base().equals("cop")) && t.lemma().equalsIgnoreCase("be");
            toMark |= d.base().equals("mark") && w.equals("to");
            if (d.base().equals("aux")) {
                if (FUTURE_AUX.contains(w)) {
                    modal = Status.PLANNED;
                } else if (MAYBE_AUX.contains(w)) {
                    modal = Status.HYPOTHETICAL;
                }
            }
            if (d.base().equals("mark") && w.equals("if")) {
                modal = Status.HYPOTHETICAL;
            }
            if (d.base().equals("amod") || d.base().equals("compound")) {
                if (PLAN_MODIFIERS.contains(w)) {
                    modal = Status.PLANNED;
                } else if (MAYBE_MODIFIERS.contains(w)) {
                    modal = Status.HYPOTHETICAL;
                } else if (w.equals("cancelled") || w.equals("canceled") || w.equals("postponed")) {
                    modal = Status.CANCELLED;
                }
            }
        }
        // "is yet to meet Ivo Ruiz": what has not happened yet did not happen; "is to meet" tells an arrangement.
        boolean yet = Arguments.hasAdverb(s, h, "yet");
        if (beAux && toMark && yet) {
            negated = true;
        }
        if (modal == null && beAux && toMark) {
            modal = Status.PLANNED;
        }
        // "a meeting, which had been planned for Sunday, ...": a relative clause that plans the meeting noun; not "a
        // summit when the test was announced", whose clause has a subject of its own.
        if (modal == null && s.token(h).isNoun() && Arguments.dependents(s, h, "acl:relcl").stream()
                .anyMatch(r -> PLAN_VERBS.contains(s.token(r).lemma().toLowerCase(Locale.ROOT))
                        && Arguments.dependents(s, r, "nsubj", "nsubj:pass").stream()
                                .allMatch(n -> n == h || s.token(n).pos().matches("WDT|WP")))) {
            modal = Status.PLANNED;
        }
        // "would meet Ivo Ruiz if the talks stalled", "is prepared to travel to Lima if both sides agree": an event on a
        // condition may not happen.
        boolean conditional = s.children(h).stream().anyMatch(d -> d.base().equals("advcl")
                && Arguments.dependents(s, d.dependent(), "mark").stream().anyMatch(m -> s.token(m).word().matches("(?i)if|unless")));
        if (conditional && modal != Status.CANCELLED && !negated) {
            modal = Status.HYPOTHETICAL;
        }
        // "would have met", "could have visited": a modal perfect tells what did not happen.
        if (modal != null && s.children(h).stream().anyMatch(d -> d.base().equals("aux")
                && s.token(d.dependent()).lemma().equalsIgnoreCase("have") && s.token(d.dependent()).pos().equals("VB"))) {
            modal = Status.HYPOTHETICAL;
        }
        // "will not meet Ivo Ruiz", "is not expected to travel": no plan is given up, the meeting is denied.
        if (negated) {
            return Status.DENIED;
        }
        return modal;
    }

    /**
     * The status the verbs above the trigger give it: "cancelled the summit", "agreed to meet", "denied meeting". A
     * plan read on the way up gives way to a cancellation or denial further up ("called off the trip, where she was to
     * meet ...").
     */
    private static Status fromGovernors(Sentence s, int trigger, int... anchors) {
        int node = trigger;
        Status planned = null;
        boolean adverbial = false;
        boolean before = false;
        boolean framed = false;
        for (int hop = 0; hop < 4 && node >= 0; hop++) {
            // "Ministers meeting in Lima agreed to ...": what the clause plans is not the participle on its subject.
            if (participleOfPastClause(s, node)) {
                return planned;
            }
            int gov = -1;
            String rel = null;
            String relation = null;
            for (Dependency d : s.parents(node)) {
                // "A meeting that had been planned for May was postponed": the relative clause's own subject link
                // ("meeting" under "planned") counts only when no other verb governs the trigger.
                boolean ownRelative = Arguments.dependents(s, node, "acl:relcl").contains(d.governor());
                // "is expected in Lima for talks", "is due in Lima for talks": the talks are ahead ("set the stage for
                // a meeting" is no such frame: only expected and due are).
                boolean plannedFor = d.relation().equals("obl:for") && d.governor() >= 0
                        && s.token(d.governor()).lemma().toLowerCase(Locale.ROOT).matches("expect|due");
                // "will call on Ana Soto before flying to Lima": a gerund after a preposition of time is a clause of
                // time, however the parser labels it.
                boolean gerundOfTime = d.relation().matches("obl:(before|after|until|following)") && s.token(node).pos().equals("VBG");
                if (d.governor() >= 0 && (GOVERNING.contains(d.base()) || plannedFor || gerundOfTime) && (gov < 0 || !ownRelative)) {
                    gov = d.governor();
                    rel = gerundOfTime ? "advcl" : d.base();
                    relation = d.relation();
                    if (!ownRelative) {
                        break;
                    }
                }
            }
            if (gov < 0) {
                return planned;
            }
            // "X, who arrived on Monday, was to hold talks": a finite verb of a relative clause has its own tense;
            // the clause the noun it describes stands in does not plan it.
            int up = gov;
            // The noun must be the clause's subject: "a report that X had agreed" misparsed as a relative clause is
            // what the report tells, and the report's status carries down.
            boolean finiteRelative = s.token(node).isVerb() && s.parents(node).stream().anyMatch(d -> d.governor() == up
                    && d.relation().equals("acl:relcl")) && Arguments.dependents(s, node, "nsubj", "nsubj:pass").contains(up)
                    && (s.token(node).pos().matches("VBD|VBZ|VBP")
                    || !Arguments.dependents(s, node, "aux", "aux:pass").isEmpty());
            if (finiteRelative) {
                return planned;
            }
            String lemma = s.token(gov).lemma().toLowerCase(Locale.ROOT);
            // "was arranged after X visited", "agree to cooperate as their ministers meet", "cancelled the trip after
            // they met": a clause of time or cause is not what the verb above plans or cancels; only a future above
            // it ("will sign when they meet") carries down.
            // A conjunct shares the subordinator of the first clause: "after X visited Lima and met Y".
            List<Integer> marks = new java.util.ArrayList<>(Arguments.dependents(s, node, "mark"));
            // "agreed to resume talks after meeting for an hour": a gerund takes its subordinator as a case marker.
            if ("advcl".equals(rel)) {
                marks.addAll(Arguments.dependents(s, node, "case"));
            }
            // "the date was set last spring, when the two envoys met": the parser hangs "when" as the clause's adverb. A clause in the
            // present ("when he comes") is as much to come as the verb above it.
            int clauseHead = node;
            if (s.token(node).pos().equals("VBD")) {
                Arguments.dependents(s, node, "advmod").stream().filter(a -> a < clauseHead && s.token(a).pos().equals("WRB")).forEach(marks::add);
            }
            // "did not expect a breakthrough when Ana Soto meets Ivo Ruiz": a present clause of time is still to come,
            // whatever the verb above denies or doubts of something else.
            boolean presentWhen = "advcl".equals(rel) && s.token(node).pos().matches("VBZ|VBP")
                    && Arguments.dependents(s, node, "advmod", "mark").stream().anyMatch(a -> a < clauseHead && s.token(a).word().equalsIgnoreCase("when"));
            if (presentWhen) {
                return Status.PLANNED;
            }
            int first = Arguments.governor(s, node, "conj");
            if (first >= 0) {
                marks.addAll(Arguments.dependents(s, first, "mark"));
            }
            adverbial |= "advcl".equals(rel) && marks.stream().anyMatch(m ->
                    s.token(m).word().matches("(?i)after|before|as|when|while|because|since|once")
                    && !(m + 1 < s.tokens().size() && s.token(m + 1).word().matches("(?i)if|though")));
            before |= "advcl".equals(rel) && marks.stream().anyMatch(m -> s.token(m).word().matches("(?i)before|until"));
            if (adverbial) {
                // "warned that the West would act, as the two leaders held a call": a clause in the past tense with
                // its own subject tells what happened, whatever the verb it hangs on plans.
                if (fromHead(s, gov) == Status.PLANNED && !ownPast(s, node)) {
                    planned = Status.PLANNED;
                }
                // "is scheduled to meet X before flying on to Lima": what comes after a plan is planned too ("agreed
                // to resume talks after meeting" is not: the meeting came first).
                if (before && "xcomp".equals(rel) && PLAN_VERBS.contains(lemma) && !ownPast(s, node)) {
                    planned = Status.PLANNED;
                }
                node = gov;
                continue;
            }
            Status refusal = refusedObject(s, node, gov);
            if (refusal != null) {
                return refusal;
            }
            // "A meeting with Ivo Ruiz was not on the programme", "is on her agenda": a meeting off a schedule is denied,
            // one on it is planned.
            boolean onSchedule = "nsubj".equals(rel) && s.token(gov).isNoun() && SCHEDULE_NOUNS.contains(lemma)
                    && !Arguments.dependents(s, gov, "cop").isEmpty();
            if (onSchedule) {
                return fromHead(s, gov) == Status.DENIED ? Status.DENIED : Status.PLANNED;
            }
            // "has yet to speak with Ivo Ruiz", "is yet to meet him": what has not happened yet did not happen.
            boolean notYet = lemma.matches("have|be") && ("xcomp".equals(rel) || "ccomp".equals(rel))
                    && Arguments.dependents(s, gov, "advmod").stream()
                    .anyMatch(a -> s.token(a).word().equalsIgnoreCase("yet"));
            if (notYet) {
                return Status.DENIED;
            }
            // "refused to meet Ivo Ruiz", "declined to hold talks": a meeting turned down does not take place.
            boolean refused = REFUSE_VERBS.contains(lemma) && "xcomp".equals(rel);
            // "a meeting with Ivo Ruiz fell through": a plan that fails as the verb's subject is called off.
            boolean failed = lemma.equals("fall") && "nsubj".equals(rel) && Arguments.hasParticle(s, gov, "through");
            if (CANCEL_VERBS.contains(lemma) && !lemma.equals("call") || lemma.equals("call") && Arguments.hasParticle(s, gov, "off")
                    || refused || failed) {
                // "rejected reports that X had cancelled a meeting": a cancellation denied is a meeting denied.
                return deniedAbove(s, gov) ? Status.DENIED : Status.CANCELLED;
            }
            if (DENY_VERBS.contains(lemma)) {
                return Status.DENIED;
            }
            // "looked forward to meeting X": a meeting wished for is still to come.
            boolean forward = lemma.equals("look") && Arguments.dependents(s, gov, "advmod").stream()
                    .anyMatch(a -> s.token(a).word().equalsIgnoreCase("forward"));
            // "announced an agreement during a call": the plan verb's object was framed by the call, which took place.
            if ((PLAN_VERBS.contains(lemma) || forward) && !(framed && "obj".equals(rel))) {
                if (fromHead(s, gov) == Status.DENIED) {
                    return Status.CANCELLED;
                }
                planned = Status.PLANNED;
            } else if (MAYBE_VERBS.contains(lemma) && !(lemma.equals("open") && s.token(gov).isVerb())) {
                // "open to talks" may happen; "opened the tour" did.
                Status answer = s.token(gov).isNoun() ? answerToOffer(s, gov) : null;
                return answer != null ? answer : planned != null ? planned : Status.HYPOTHETICAL;
            } else {
                Status own = fromHead(s, gov);
                // "the meeting was not an endorsement": a negated predicate denies what is said of the meeting, not
                // that it took place.
                if (own == Status.DENIED && "nsubj".equals(rel) && !Arguments.dependents(s, gov, "cop").isEmpty()) {
                    own = null;
                }
                if (own == Status.PLANNED && !"ccomp".equals(rel)) {
                    planned = own;
                } else if (own != null && !"ccomp".equals(rel)) {
                    return planned != null ? planned : own;
                }
            }
            framed = "nmod:during".equals(relation);
            node = gov;
        }
        return planned;
    }

    /** The first governor of token {@code t} through a relation whose base matches {@code relations}; -1 if none. */
    private static int governorBy(Sentence s, int t, String relations) {
        for (Dependency d : s.parents(t)) {
            if (d.governor() >= 0 && d.base().matches(relations)) {
                return d.governor();
            }
        }
        return -1;
    }

    /** Whether a verb of denial governs token {@code t} within three steps ("denied reports that ..."). */
    private static boolean deniedAbove(Sentence s, int t) {
        int node = t;
        for (int hop = 0; hop < 3 && node >= 0; hop++) {
            int up = governorBy(s, node, "ccomp|obj|acl");
            if (up >= 0 && s.token(up).isVerb() && DENY_VERBS.contains(s.token(up).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            node = up;
        }
        return false;
    }

    /** Whether verb {@code v} has a subject of its own and a past tense or perfect ("met", "had met", "has spoken"). */
    private static boolean ownPast(Sentence s, int v) {
        boolean past = s.token(v).pos().equals("VBD") || s.token(v).pos().equals("VBN") && Arguments.dependents(s, v, "aux").stream()
                .anyMatch(a -> s.token(a).word().matches("(?i)had|has|have|'d|'s|'ve"));
        return s.token(v).isVerb() && past && !Arguments.dependents(s, v, "nsubj", "nsubj:pass").isEmpty();
    }

    /** "the planned meeting did not take place": whether the trigger is the subject of a negated verb. */
    private static boolean subjectOfNegatedVerb(Sentence s, int trigger) {
        return s.parents(trigger).stream().filter(d -> d.base().equals("nsubj") && d.governor() >= 0)
                .anyMatch(d -> Arguments.negated(s, d.governor()));
    }

    /**
     * "accepted her offer of a summit" is planned; "rejected", "declined" or "turned down" the offer, cancelled
     * (status-words.tsv); null when no such verb answers the offer noun {@code offer}.
     */
    private static Status answerToOffer(Sentence s, int offer) {
        int verb = Arguments.governor(s, offer, "obj");
        if (verb < 0) {
            return null;
        }
        String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
        String phrasal = Arguments.dependents(s, verb, "compound:prt").stream()
                .map(p -> lemma + " " + s.token(p).word().toLowerCase(Locale.ROOT)).findFirst().orElse(lemma);
        if (OFFER_ACCEPTING_VERBS.contains(phrasal)) {
            return Status.PLANNED;
        }
        return OFFER_REFUSING_VERBS.contains(phrasal) ? Status.CANCELLED : null;
    }
}
