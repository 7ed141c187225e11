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
    private static final Set<String> FUTURE_AUX = Set.of("will", "would", "shall", "'ll", "wo");
    private static final Set<String> MAYBE_AUX = Set.of("could", "might", "may", "should");
    private static final Set<String> PLAN_VERBS = Set.of("plan", "expect", "schedule", "set", "due", "intend", "hope",
            "want", "agree", "prepare", "arrange", "propose", "invite", "seek", "aim", "announce", "decide", "going",
            "upcoming", "likely", "slate");
    private static final Set<String> CANCEL_VERBS = Set.of("cancel", "postpone", "scrap", "suspend", "delay", "abandon",
            "call");
    private static final Set<String> DENY_VERBS = Set.of("deny", "refute", "dismiss", "reject");
    private static final Set<String> MAYBE_VERBS = Set.of("consider", "offer", "suggest", "possible", "could", "ready",
            "willing", "open");
    private static final Set<String> PLAN_MODIFIERS = Set.of("upcoming", "planned", "proposed", "next", "future",
            "scheduled", "expected", "forthcoming", "prospective");
    private static final Set<String> MAYBE_MODIFIERS = Set.of("possible", "potential", "hypothetical");

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
            Status st = fromHead(s, h);
            if (st != null) {
                found = st;
                break;
            }
        }
        // "called off a planned visit": the governing verb's cancellation outweighs the plan the noun carries.
        if (found == null || found == Status.PLANNED) {
            Status governing = fromGovernors(s, trigger, anchors);
            if (found == null || governing == Status.CANCELLED || governing == Status.DENIED) {
                found = governing != null ? governing : found;
            }
        }
        boolean pastTense = s.token(trigger).pos().equals("VBD")
                || java.util.Arrays.stream(anchors).anyMatch(a -> a >= 0 && s.token(a).pos().equals("VBD"));
        if (found == null && !pastTense && date != null && articleDate != null && date.precision() == EventDate.Precision.DAY
                && LocalDate.parse(date.iso()).isAfter(articleDate)) {
            found = Status.PLANNED;
        }
        if (found == null && !pastTense && articleDate != null && laterWeek(s, heads, articleDate)) {
            found = Status.PLANNED;
        }
        return found == null ? Status.OCCURRED : found;
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

    private static Status fromHead(Sentence s, int h) {
        boolean negated = false;
        Status modal = null;
        for (Dependency d : s.children(h)) {
            Token t = s.token(d.dependent());
            String w = t.word().toLowerCase(Locale.ROOT);
            if (d.base().equals("advmod") && (w.equals("not") || w.equals("never") || w.equals("n't"))
                    || d.base().equals("det") && w.equals("no")) {
                negated = true;
            }
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
        if (negated) {
            return modal == Status.PLANNED ? Status.CANCELLED : Status.DENIED;
        }
        return modal;
    }

    private static Status fromGovernors(Sentence s, int trigger, int... anchors) {
        int node = trigger;
        for (int hop = 0; hop < 3 && node >= 0; hop++) {
            int gov = -1;
            String rel = null;
            for (Dependency d : s.parents(node)) {
                if (d.governor() >= 0 && (d.base().equals("xcomp") || d.base().equals("obj") || d.base().equals("ccomp")
                        || d.base().equals("nsubj") || d.base().equals("advcl"))) {
                    gov = d.governor();
                    rel = d.base();
                    break;
                }
            }
            if (gov < 0) {
                return null;
            }
            String lemma = s.token(gov).lemma().toLowerCase(Locale.ROOT);
            if (CANCEL_VERBS.contains(lemma) && !lemma.equals("call") || lemma.equals("call") && hasParticle(s, gov, "off")) {
                return Status.CANCELLED;
            }
            if (DENY_VERBS.contains(lemma)) {
                return Status.DENIED;
            }
            if (PLAN_VERBS.contains(lemma)) {
                Status own = fromHead(s, gov);
                return own == Status.DENIED ? Status.CANCELLED : Status.PLANNED;
            }
            if (MAYBE_VERBS.contains(lemma)) {
                return Status.HYPOTHETICAL;
            }
            Status own = fromHead(s, gov);
            if (own != null && !"ccomp".equals(rel)) {
                return own;
            }
            node = gov;
        }
        return null;
    }

    private static boolean hasParticle(Sentence s, int verb, String particle) {
        for (Dependency d : s.children(verb)) {
            if (d.relation().equals("compound:prt") && s.token(d.dependent()).word().equalsIgnoreCase(particle)) {
                return true;
            }
        }
        return false;
    }
}
