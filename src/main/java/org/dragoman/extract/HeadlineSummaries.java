package org.dragoman.extract;

import java.util.List;
import java.util.Set;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Meeting;
import org.dragoman.nlp.AnnotatedArticle;

/**
 * "Ruritanian and Bordurian foreign ministers hold talks in Lima" over a body that names the two ministers: a
 * headline's meeting of countries, standing for people it leaves unnamed, sums up a meeting the body tells with them.
 * It is dropped when a meeting of the body, in the same mode, has for each of those countries the country itself or
 * a person who holds a role of it or is given to it; its place stands where the body tells none.
 *
 * <p>Edge cases: only headline meetings of two sides or more, one a country at least and the others countries or
 * people, the people being sides of the body's meeting too; one the body does not tell so stays, as the only telling
 * there is.
 */
final class HeadlineSummaries {
    private HeadlineSummaries() {
    }

    static List<Event> apply(AnnotatedArticle doc, Arguments args, List<Event> events) {
        int headlineEnd = Spans.headlineEnd(doc);
        if (headlineEnd < 0) {
            return events;
        }
        List<Event> out = new java.util.ArrayList<>(events);
        for (Event e : events) {
            if (!(e instanceof Meeting m) || m.evidence().end() > headlineEnd || !countrySides(args, m)) {
                continue;
            }
            List<String> people = people(args, m);
            List<String> countries = m.participants().stream().filter(id -> !people.contains(id)).toList();
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i) instanceof Meeting body && body.evidence().begin() >= headlineEnd && body.mode() == m.mode()
                        && body.participants().containsAll(people) && tellsAll(args, body, countries)) {
                    // The headline's place stands where the body tells none.
                    if (body.place() == null && m.place() != null) {
                        out.set(i, body.withPlace(m.place()));
                    }
                    out.remove(m);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether the country's mention gives a side's name soon after it to the country ("Ruritania's Ana Soto", "the
     * Ruritanian Minister of Foreign Affairs, Ana Soto"): the name follows within {@value #NEAR} characters.
     */
    private static boolean possessorOfPerson(Arguments args, Meeting body, org.dragoman.model.Evidence mention) {
        String text = body.evidence().sentence();
        int at = mention.end() - body.evidence().begin();
        if (at < 0 || at > text.length()) {
            return false;
        }
        String after = text.substring(at, Math.min(text.length(), at + NEAR));
        return body.participants().stream().filter(args::isPerson).map(args.index()::byId).flatMap(java.util.Optional::stream)
                .anyMatch(p -> after.contains(p.label()));
    }

    /** How far after a country's mention a person's name may follow to be given to that country. */
    private static final int NEAR = 60;

    /** Two sides or more, one a country at least, the others countries or people ("Ana Soto receives Peruvian minister"). */
    private static boolean countrySides(Arguments args, Meeting m) {
        return m.participants().size() >= 2 && people(args, m).size() < m.participants().size() && m.participants().stream()
                .allMatch(id -> args.isPerson(id) || args.index().byId(id).map(e -> e.type() == EntityType.COUNTRY).orElse(false));
    }

    private static List<String> people(Arguments args, Meeting m) {
        return m.participants().stream().filter(args::isPerson).toList();
    }

    /**
     * Whether each country is a side of the body's meeting, the home of one of its people, or the owner of one of their
     * names in its sentence ("talks between Ruritania's Ana Soto and Borduria's Ivo Ruiz").
     */
    private static boolean tellsAll(Arguments args, Meeting body, List<String> countries) {
        Set<String> sides = Set.copyOf(body.participants());
        boolean people = body.participants().stream().filter(args::isPerson).count() >= 2;
        return countries.stream().allMatch(country -> sides.contains(country) || body.participants().stream().anyMatch(p -> args.isPerson(p)
                && args.index().byId(country).map(c -> VerbalVisitRule.homeCountries(args, p).contains(c.label())).orElse(false))
                || people && args.index().byId(country).map(c -> c.mentions().stream().anyMatch(m -> m.begin() >= body.evidence().begin()
                && m.end() <= body.evidence().end() && possessorOfPerson(args, body, m))).orElse(false));
    }
}
