package org.dragoman.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dragoman.model.Event;
import org.dragoman.model.Mode;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Signings by two or more people, who sign together in person: "Ana Soto and Ivo Ruiz signed the accord in Lima",
 * "the leaders of Ruritania and Borduria signed a declaration", "Ana Soto signed a pact with Ivo Ruiz". One person
 * signing ("signed the bill into law") or countries signing ("Ruritania and Borduria signed") tell no meeting.
 */
final class SigningRule implements MeetingRule {
    private static final Set<String> SIGN_VERBS = WordLists.MEETING.get("sign-verb");
    private static final Set<String> PARTY_NOUNS = WordLists.MEETING.get("signing-party-noun");

    @Override
    public int priority() {
        return 25;
    }

    @Override
    public boolean triggers(Token t) {
        return t.isVerb() && SIGN_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT));
    }

    @Override
    public List<Event> read(MeetingContext c, Sentence s, int v) {
        Arguments args = c.args();
        // "the pact was signed by Ana Soto and Ivo Ruiz": a passive names the signers as its agents, if at all ("a
        // letter signed by 200 members", "the pact was signed in Lima" tell no two people who sat down together).
        // A participle without "have" is passive however the parser hung it ("a letter to X, signed by ..."); a relative
        // clause with its own subject ("Lima, where he signed a pact with X") is not.
        boolean passive = !Arguments.dependents(s, v, "nsubj:pass", "aux:pass", "obl:agent", "obl:by").isEmpty()
                || s.parents(v).stream().anyMatch(d -> d.base().equals("acl")) && Arguments.dependents(s, v, "nsubj").isEmpty()
                || s.token(v).pos().equals("VBN") && Arguments.dependents(s, v, "aux").isEmpty();
        if (passive) {
            Set<String> signers = new LinkedHashSet<>();
            for (int agent : Arguments.dependents(s, v, "obl:agent", "obl:by")) {
                signers.addAll(args.actors(s, agent));
            }
            return meetingOf(c, s, v, signers);
        }
        VerbSides sides = VerbSides.read(args, s, v);
        // "the two sides agreed to sign": the parties, states or delegations, not the people named before.
        if (sides.subjectTokens().stream().anyMatch(t -> PARTY_NOUNS.contains(s.token(t).lemma().toLowerCase(Locale.ROOT)))) {
            return List.of();
        }
        // The object is what is signed; a with-phrase, of the verb or of the object ("signed a pact with Ivo Ruiz"),
        // names the other side.
        Set<String> people = new LinkedHashSet<>(sides.subjects());
        for (int o : sides.objects()) {
            for (int w : Arguments.dependents(s, o, "nmod:with")) {
                people.addAll(args.actors(s, w));
            }
        }
        for (int w : Arguments.dependents(s, v, "obl:with")) {
            people.addAll(args.actors(s, w));
        }
        return meetingOf(c, s, v, people);
    }

    /** The meeting of two or more people who signed; none for fewer, or where a signer is no person. */
    private static List<Event> meetingOf(MeetingContext c, Sentence s, int v, Set<String> people) {
        if (people.size() < 2 || !people.stream().allMatch(c.args()::isPerson)) {
            return List.of();
        }
        return EventAssembly.meeting(c, s, v, -1, List.copyOf(people), Mode.IN_PERSON, 0.6, false).<List<Event>>map(List::of).orElse(List.of());
    }
}
