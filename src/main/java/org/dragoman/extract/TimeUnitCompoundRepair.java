package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;

/**
 * "flew to Lima to meet Ana Soto hours after the vote", "reached Quito days before the summit": the parser may read
 * the name as a compound of the plural time unit after it and make the unit the verb's object or destination, so the
 * one met or the place reached is lost. A name right before "hours", "days" or "weeks" that is followed by "after",
 * "before", "later" or "earlier" takes the unit's place; the unit measures the time of the verb.
 */
final class TimeUnitCompoundRepair {
    private static final Set<String> UNITS = Set.of("minutes", "hours", "days", "weeks", "months");
    private static final Set<String> RELATIONS_IN_TIME = Set.of("after", "before", "later", "earlier");

    private TimeUnitCompoundRepair() {
    }

    /** The article with such names read again; the same article when it has none. */
    static AnnotatedArticle repair(AnnotatedArticle doc) {
        return SentenceRepairs.each(doc, TimeUnitCompoundRepair::repair);
    }

    private static Sentence repair(Sentence s) {
        for (int unit = 1; unit + 1 < s.tokens().size(); unit++) {
            int name = unit - 1;
            boolean misread = UNITS.contains(s.token(unit).word().toLowerCase(Locale.ROOT))
                    && RELATIONS_IN_TIME.contains(s.token(unit + 1).word().toLowerCase(Locale.ROOT))
                    && s.token(name).isProperNoun() && Arguments.dependents(s, unit, "compound").contains(name);
            int verb = misread ? s.parents(unit).stream().filter(d -> d.governor() >= 0 && d.base().matches("obj|obl"))
                    .mapToInt(Dependency::governor).findFirst().orElse(-1) : -1;
            if (verb >= 0 && s.token(verb).isVerb()) {
                return reread(s, unit, name, verb);
            }
        }
        return s;
    }

    private static Sentence reread(Sentence s, int unit, int name, int verb) {
        List<Dependency> added = new ArrayList<>();
        added.add(new Dependency("obl:npmod", verb, unit));
        return SentenceRepairs.rewired(s, d -> {
            if (d.governor() == unit && d.dependent() == name) {
                return null;
            }
            if (d.dependent() == unit) {
                return new Dependency(d.relation(), d.governor(), name);
            }
            if (d.governor() == unit && d.base().equals("case")) {
                return new Dependency(d.relation(), name, d.dependent());
            }
            return d;
        }, added);
    }
}
