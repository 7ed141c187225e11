package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Meeting;
import org.dragoman.model.Status;
import org.dragoman.model.Visit;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Dates an event that took place but whose sentence gives no date, from the article: the last day told in the two
 * sentences before it ({@link DateResolver#recentDate}), else the day of the last meeting before it between the same
 * sides, else the lead's day ({@link DateResolver#leadDate}); an event of the headline or the lead's first sentence
 * with none of these is dated with the article's day.
 * Only events that took place are dated so: the article's days tell what happened, not what was planned.
 */
final class CarriedDates {
    private static final java.util.Set<String> TOPIC_VERBS = WordLists.MEETING.get("topic-verb");
    private CarriedDates() {
    }

    /**
     * Dates the events of the body, leaving a headline's events undated: the body may tell one again with its own day
     * ("X and Y meet on the sidelines" above "on Saturday, X held talks with Y"), which a date carried from the lead
     * would keep apart. {@link #afterMerging} dates those the body did not tell.
     */
    static List<Event> beforeMerging(AnnotatedArticle doc, DateResolver dates, List<Event> events) {
        boolean headline = Spans.headline(doc);
        return apply(doc, dates, events, sentence -> !headline || sentence != 0);
    }

    /** Dates the headline's events that merging left undated; the body's were dated before. */
    static List<Event> afterMerging(AnnotatedArticle doc, DateResolver dates, List<Event> events) {
        return Spans.headline(doc) ? apply(doc, dates, events, sentence -> sentence == 0) : events;
    }

    /**
     * "will visit Lima this week": an event left undated whose sentence tells a week or weekend within one month is
     * dated with that month. Done last, so that such a date neither splits tellings nor makes an event planned.
     */
    static List<Event> weekMonths(AnnotatedArticle doc, List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            EventDate month = null;
            if (e.date() == null) {
                Sentence own = doc.sentences().get(doc.sentenceIndexAt(e.evidence().begin()));
                List<EventDate> weeks = own.tokens().stream().filter(t -> t.ner().equals("DATE"))
                        .map(t -> DateResolver.weekMonth(t.normalized())).filter(java.util.Objects::nonNull).distinct().toList();
                month = weeks.size() == 1 ? weeks.get(0) : null;
            }
            out.add(month == null ? e : withDate(e, month));
        }
        return out;
    }

    private static List<Event> apply(AnnotatedArticle doc, DateResolver dates, List<Event> events,
                                     java.util.function.IntPredicate dated) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int sentence = doc.sentenceIndexAt(e.evidence().begin());
            if (!dated.test(sentence)) {
                out.add(e);
                continue;
            }
            // "The leaders meet this weekend": a time told but not resolved is not the date of another sentence.
            Sentence own = doc.sentences().get(sentence);
            if (e.date() == null && e.status() == Status.OCCURRED && !dates.hasUnresolvedTime(own)) {
                EventDate recent = dates.recentDate(doc, sentence);
                EventDate same = recent == null ? sameSidesBefore(out, e) : null;
                EventDate carried = recent != null ? recent : same != null ? same : dates.leadDate(doc);
                // "X has met Y at Z. The two men had dinner on Monday": the lead's news, told again just after with its day.
                boolean lead = dates.opensArticle(doc, sentence) && !(sentence == 0 && Spans.headline(doc));
                EventDate toldAfter = recent == null && same == null && lead ? dayToldSoonAfter(doc, dates, events, e, sentence) : null;
                carried = toldAfter != null ? toldAfter : carried;
                // "X and Y have held their first talks since ...": the opening tells the news of the article's day; in
                // the lead only its main clause does, in a headline ("G7 summit: X meets Y") every event.
                if (carried == null && dates.articleDate() != null && dates.opensArticle(doc, sentence)
                        && (sentence == 0 && Spans.headline(doc) || inMainClause(own, e))) {
                    carried = new EventDate(dates.articleDate().toString());
                }
                out.add(withDate(e, carried));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Whether the event's trigger is the sentence's main verb, or a word that verb holds: "Ana Soto and Ivo Ruiz have met",
     * "held talks", not "the deal came two days after Ana Soto met Ivo Ruiz".
     */
    private static boolean inMainClause(Sentence s, Event e) {
        String trigger = e instanceof Meeting m ? m.trigger() : e instanceof Visit v ? v.trigger() : null;
        for (Token t : s.tokens()) {
            if (!t.word().equals(trigger)) {
                continue;
            }
            for (Dependency d : s.parents(t.index())) {
                boolean root = d.governor() < 0;
                boolean heldByRoot = d.governor() >= 0 && s.parents(d.governor()).stream().anyMatch(p -> p.governor() < 0)
                        && d.base().matches("obj|nsubj|conj");
                if (root || heldByRoot) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The day of a telling of the same meeting or trip (same sides, taken place) in the next three sentences, when that
     * day lies in the week before the article's; null when there is none. An earlier meeting of the same sides told
     * after the lead ("they last met in March") is further back than a week.
     */
    private static EventDate dayToldSoonAfter(AnnotatedArticle doc, DateResolver dates, List<Event> events, Event e, int sentence) {
        if (dates.articleDate() == null) {
            return null;
        }
        for (Event o : events) {
            int at = doc.sentenceIndexAt(o.evidence().begin());
            boolean sameSides = o.getClass() == e.getClass() && java.util.Set.copyOf(sides(o)).equals(java.util.Set.copyOf(sides(e)));
            if (o == e || !sameSides || at <= sentence || at > sentence + 3 || o.date() == null || o.status() != Status.OCCURRED
                    || o.date().precision() != EventDate.Precision.DAY) {
                continue;
            }
            long daysBefore = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(o.date().iso()), dates.articleDate());
            if (daysBefore >= 0 && daysBefore <= 7) {
                return o.date();
            }
        }
        return null;
    }

    private static List<String> sides(Event e) {
        return e instanceof Meeting m ? m.participants() : e instanceof Visit v ? v.visitors() : List.of();
    }

    /**
     * "X held talks with Y on Wednesday. ... The two ministers also discussed Z": the date of the last meeting before
     * that took place between the same sides in the same mode, which an undated telling of what they discussed goes on
     * about; null when none, or when the telling is of meeting again ("they met").
     */
    private static EventDate sameSidesBefore(List<Event> before, Event e) {
        // Only a telling of what was discussed: a verb of meeting may tell another meeting of the same sides.
        if (!(e instanceof Meeting m) || !TOPIC_VERBS.contains(m.trigger().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        EventDate found = null;
        for (Event earlier : before) {
            if (earlier instanceof Meeting o && o.status() == Status.OCCURRED && o.mode() == m.mode() && o.date() != null
                    && java.util.Set.copyOf(o.participants()).equals(java.util.Set.copyOf(m.participants()))) {
                found = o.date();
            }
        }
        return found;
    }

    /** The event with a carried date, one step less sure: such a date is less certain than one the sentence states. */
    private static Event withDate(Event e, EventDate date) {
        if (date == null) {
            return e;
        }
        if (e instanceof Meeting m) {
            return new Meeting(m.participants(), m.mode(), m.status(), date, m.place(), m.trigger(), m.evidence(),
                    Math.max(0.1, m.confidence() - 0.1));
        }
        if (e instanceof Visit v) {
            return new Visit(v.visitors(), v.host(), v.status(), date, v.place(), v.trigger(), v.evidence(),
                    Math.max(0.1, v.confidence() - 0.1));
        }
        return e;
    }
}
