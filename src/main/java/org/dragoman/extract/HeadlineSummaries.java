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
 * a person who holds a role of it.
 *
 * <p>Edge cases: only headline meetings whose sides are all countries, two or more; one the body does not tell so
 * stays, as the only telling there is.
 */
final class HeadlineSummaries {
    private HeadlineSummaries() {
    }

    static List<Event> apply(AnnotatedArticle doc, Arguments args, List<Event> events) {
        int headlineEnd = Spans.headlineEnd(doc);
        if (headlineEnd < 0) {
            return events;
        }
        return events.stream().filter(e -> !(e instanceof Meeting m && m.evidence().end() <= headlineEnd && countriesOnly(args, m)
                && events.stream().anyMatch(b -> b instanceof Meeting body && body.evidence().begin() >= headlineEnd
                && body.mode() == m.mode() && tellsAll(args, body, m.participants())))).toList();
    }

    /** Whether the country's mention owns a side's name right after it ("Ruritania's Ana Soto"). */
    private static boolean possessorOfPerson(Arguments args, Meeting body, org.dragoman.model.Evidence mention) {
        String text = body.evidence().sentence();
        int at = mention.end() - body.evidence().begin();
        return at >= 0 && text.startsWith("'s ", at) && body.participants().stream().filter(args::isPerson)
                .map(args.index()::byId).flatMap(java.util.Optional::stream)
                .anyMatch(p -> text.startsWith(p.label(), at + 3) || p.aliases().stream().anyMatch(a -> text.startsWith(a, at + 3)));
    }

    private static boolean countriesOnly(Arguments args, Meeting m) {
        return m.participants().size() >= 2 && m.participants().stream()
                .allMatch(id -> args.index().byId(id).map(e -> e.type() == EntityType.COUNTRY).orElse(false));
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
