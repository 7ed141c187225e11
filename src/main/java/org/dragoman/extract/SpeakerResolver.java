package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Evidence;
import org.dragoman.model.Statement;
import org.dragoman.nlp.AnnotatedArticle;
import org.dragoman.nlp.Dependency;
import org.dragoman.nlp.Sentence;
import org.dragoman.nlp.Token;

/**
 * Finds who speaks: the actors a reporting verb's subject or agent names, directly, through an apposition or a
 * body's spokesperson, through a source noun ("a post by Ana Soto", "the statement said"), or through a pronoun
 * ("he added": the previous subject, the previous speaker, the last person named, or coreference).
 *
 * <p>Speakers are always named actors. "He" and "she" continue the statements told so far in the article, which
 * this resolver reads but never changes.
 */
final class SpeakerResolver {
    private static final Set<String> CONTACT_VERBS = WordLists.MEETING.get("contact-verb");
    private final AnnotatedArticle doc;
    private final Arguments args;
    private final GenderLexicon genders;
    private final VerbLexicon verbs;
    private final List<Statement> told;
    private final ContinuedSubject continued;

    /**
     * @param told the statements found so far in the article, in reading order: a live view that grows as rules
     *             propose statements
     */
    SpeakerResolver(AnnotatedArticle doc, Arguments args, GenderLexicon genders, VerbLexicon verbs, List<Statement> told) {
        this.doc = doc;
        this.args = args;
        this.genders = genders;
        this.verbs = verbs;
        this.told = told;
        this.continued = new ContinuedSubject(doc, args, genders);
    }

    /** The speakers of reporting verb {@code v}, people first; empty when it has no named speaker. */
    List<String> speakers(Sentence s, int v) {
        // "the news agency quoted Ana Soto as saying ...": the one quoted speaks, not the one quoting.
        int quoting = Arguments.governor(s, v, "advcl:as");
        if (quoting >= 0 && s.token(quoting).lemma().equalsIgnoreCase("quote")) {
            List<String> quoted = new ArrayList<>();
            for (int o : Arguments.dependents(s, quoting, "obj")) {
                String word = s.token(o).word().toLowerCase(Locale.ROOT);
                Optional<List<String>> pronoun = word.matches("him|her") ? pronounSpeaker(s, o, word.equals("him")) : Optional.empty();
                quoted.addAll(pronoun.orElseGet(() -> sourceActors(s, o)));
            }
            return quoted;
        }
        List<String> quotedAs = quotedAs(s, v);
        if (!quotedAs.isEmpty()) {
            return quotedAs;
        }
        // ", calling for ...", ", saying ...": a participle after a comma speaks for the main clause's subject,
        // wherever the parser hung it.
        int modified = Arguments.governor(s, v, "acl");
        boolean onPrepositionObject = modified >= 0 && !Arguments.dependents(s, modified, "case").isEmpty()
                || Arguments.dependents(s, v, "mark").stream().anyMatch(m -> m < v - 1 && s.token(m).pos().equals("IN"));
        // "posted a message on the site blaming ...": a participle on a prepositional object speaks for the subject too.
        // '"... optimistic," adding that ...': the comma may sit inside the closing quotation mark.
        boolean afterComma = v > 0 && s.token(v - 1).word().equals(",")
                || v > 1 && s.token(v - 1).word().matches("''|\"|”|’") && s.token(v - 2).word().equals(",");
        // "..., promising peace and saying ...": a participle joined to one after a comma speaks for the same subject.
        int first = Arguments.governor(s, v, "conj");
        afterComma |= first > 0 && s.token(first).pos().equals("VBG") && s.token(first - 1).word().equals(",");
        if (s.token(v).pos().equals("VBG") && (afterComma || onPrepositionObject)) {
            // "..., with Prime Minister Ana Soto, this year's chair, calling for ...": the absolute construction's
            // subject speaks.
            List<String> absolute = absoluteSubject(s, v);
            if (!absolute.isEmpty()) {
                return absolute;
            }
            // "X has postponed the trip, the ministry said, adding that ...": a participle on a reporting verb of the
            // main clause speaks for that verb's speaker, however the parser hung the verb.
            int reporting = Arguments.governor(s, v, "dep", "advcl", "xcomp", "parataxis");
            if (reporting >= 0 && reporting < v && verbs.isCue(s.token(reporting).lemma().toLowerCase(Locale.ROOT))
                    && Arguments.governor(s, reporting, "ccomp", "xcomp", "acl", "acl:relcl", "advcl") < 0) {
                List<String> reporters = speakers(s, reporting);
                // "..., a government source said, adding that ...": the unnamed source adds it, not the clause's subject.
                if (!reporters.isEmpty() || !Arguments.dependents(s, reporting, "nsubj").isEmpty()) {
                    return reporters;
                }
            }
            // "The call was set up by Borduria, the ministry said, adding that ...": after a reporting verb the parser
            // hung on the reported clause, the participle speaks for that verb's subject, not the clause's.
            for (Dependency root : s.children(-1)) {
                for (int cue : Arguments.dependents(s, root.dependent(), "parataxis")) {
                    if (cue < v && verbs.isCue(s.token(cue).lemma().toLowerCase(Locale.ROOT))
                            && !Arguments.dependents(s, cue, "nsubj").isEmpty()) {
                        List<String> reporters = speakers(s, cue);
                        if (!reporters.isEmpty()) {
                            return reporters;
                        }
                    }
                }
            }
            // "A received B, telling her that ..., the agency reported": before a trailing report, the participle
            // speaks for the subject of the reported clause it hangs on, not for the agency.
            int clause = Arguments.governor(s, v, "dep", "advcl");
            int trailing = clause >= 0 && clause < v ? Arguments.governor(s, clause, "ccomp", "parataxis") : -1;
            if (trailing > v && verbs.isCue(s.token(trailing).lemma().toLowerCase(Locale.ROOT))) {
                List<String> doers = new ArrayList<>();
                for (int t : Arguments.dependents(s, clause, "nsubj")) {
                    doers.addAll(sourceActors(s, t));
                }
                if (!doers.isEmpty()) {
                    return doers;
                }
            }
            // "X had offered talks, but the army rejected the offer, saying ...": the clause the participle hangs on
            // has a subject of its own, which speaks, named or not.
            int clauseVerb = Arguments.governor(s, v, "dep", "advcl", "conj");
            List<Integer> clauseSubjects = clauseVerb >= 0 && clauseVerb < v && s.token(clauseVerb).isVerb()
                    && Arguments.governor(s, clauseVerb, "conj") >= 0 ? Arguments.dependents(s, clauseVerb, "nsubj") : List.of();
            if (clauseSubjects.size() == 1 && s.token(clauseSubjects.get(0)).isNoun() && !s.token(clauseSubjects.get(0)).isProperNoun()
                    && sourceActors(s, clauseSubjects.get(0)).isEmpty()) {
                return List.of();
            }
            for (Dependency root : s.children(-1)) {
                if (root.dependent() != v && s.token(root.dependent()).isVerb()) {
                    List<String> main = new ArrayList<>();
                    for (int t : Arguments.dependents(s, root.dependent(), "nsubj")) {
                        main.addAll(sourceActors(s, t));
                    }
                    if (!main.isEmpty()) {
                        return main;
                    }
                }
            }
        }
        boolean afterQuote = v == 0 || v >= 1 && s.token(v - 1).word().matches("''|\"|”|’")
                || v >= 2 && s.token(v - 1).word().equals(",") && s.token(v - 2).word().matches("''|\"|”|’");
        // '"...", said Borduria's envoy to the UN, Ana Soto, who ...': a title after the verb names her after the comma.
        int titled = afterQuote && Arguments.dependents(s, v, "nsubj").stream().allMatch(t -> t > v) ? titledNameAfter(s, v) : -1;
        if (titled >= 0) {
            return List.of(args.entity(s, titled).orElseThrow().id());
        }
        if (afterQuote && Arguments.dependents(s, v, "nsubj").isEmpty()) {
            // '"...", wrote President Ana Soto.': the speaker follows the verb, whatever the parser made of it.
            for (int i = v + 1; i < s.tokens().size() && !s.token(i).word().matches("[.,;:]"); i++) {
                Optional<Entity> e = args.entity(s, i);
                // 'said the Soto campaign's manager, Ivo Ruiz': a name before "'s" or a common noun modifies a description.
                boolean modifier = i + 1 < s.tokens().size() && (s.token(i + 1).pos().equals("POS")
                        || s.token(i + 1).isNoun() && !s.token(i + 1).isProperNoun());
                // The tagger may make a surname after the verb an adjective ('," said Soto'): NER's person counts.
                boolean name = s.token(i).isProperNoun() || s.token(i).ner().equals("PERSON");
                if (name && e.isPresent() && e.get().type().isActor() && !modifier) {
                    return List.of(e.get().id());
                }
            }
        }
        int conjoinedWith = Arguments.governor(s, v, "conj");
        int reporter = conjoinedWith >= 0 ? Arguments.governor(s, conjoinedWith, "ccomp") : -1;
        if (reporter < 0 && conjoinedWith >= 0 && pastBesideInfinitive(s, v, conjoinedWith)) {
            // "said Ruritania was ready to take in refugees and called for a quota": a past verb shares no "to" with
            // the infinitive the parser joined it to; it goes on from the clause the infinitive completes.
            int completed = Arguments.governor(s, conjoinedWith, "xcomp", "advcl");
            conjoinedWith = Arguments.governor(s, conjoinedWith, "xcomp");
            reporter = conjoinedWith >= 0 ? Arguments.governor(s, conjoinedWith, "ccomp") : -1;
            // "called on Ruritania to act and urged its members to ...": where that clause is itself a report, its speaker.
            if (reporter < 0 && completed >= 0 && completed < v && verbs.isCue(s.token(completed).lemma().toLowerCase(Locale.ROOT))
                    && !Arguments.dependents(s, completed, "nsubj").isEmpty()) {
                return speakers(s, completed);
            }
        }
        if (reporter >= 0 && reporter < v && verbs.isCue(s.token(reporter).lemma().toLowerCase(Locale.ROOT))
                && !hasOwnSubject(s, v, conjoinedWith) && !personDidFirst(s, conjoinedWith)) {
            // "noted that the vote failed, and mentioned an appeal": the parser hung the second report on the
            // reported clause; it is the reporter's.
            return speakers(s, reporter);
        }
        if (!Arguments.dependents(s, v, "aux:pass").isEmpty()) {
            // "was called a threat": only an agent speaks; the passive subject was spoken about.
            List<String> agents = new ArrayList<>();
            for (int t : Arguments.dependents(s, v, "obl:agent")) {
                agents.addAll(sourceActors(s, t));
            }
            return agents;
        }
        int answerer = Arguments.dependents(s, v, "nsubj").isEmpty() ? Questions.answerer(verbs, s, v) : -1;
        if (answerer >= 0 && !sourceActors(s, answerer).isEmpty()) {
            // "Ana Soto, asked how Borduria might respond, said": the parser hung "said" inside the question.
            return sourceActors(s, answerer);
        }
        // '"Ruritania is ready," he said, and added that ...': the parser may give the verb after a quotation a subject
        // inside it; the one who said the quotation goes on.
        List<Integer> own = Arguments.dependents(s, v, "nsubj");
        if (!quoted(s.token(v)) && !own.isEmpty() && own.stream().allMatch(n -> quoted(s.token(n)))) {
            for (int r = v - 1; r > own.get(0); r--) {
                if (!quoted(s.token(r)) && s.token(r).isVerb() && verbs.isCue(s.token(r).lemma().toLowerCase(Locale.ROOT))) {
                    for (int n : Arguments.dependents(s, r, "nsubj")) {
                        if (!quoted(s.token(n))) {
                            return sourceActors(s, n);
                        }
                    }
                }
            }
        }
        int node = v;
        for (int hop = 0; hop < 3; hop++) {
            List<String> out = new ArrayList<>();
            int clause = node;
            List<Integer> subjects = Arguments.dependents(s, node, "nsubj", "obl:agent").stream()
                    .filter(t -> !calledForPurpose(s, clause, t)).toList();
            // "met X and Y, the aide said,": of several subjects the parser gave, the one right before the verb speaks.
            int adjacent = node == v ? adjacentSubject(s, v, subjects) : -1;
            // "phoned his counterpart, the ministry said": the parser made the object the subject and hung the
            // reporter from it; the reporter speaks.
            int hung = node == v ? reporterHungFromObject(s, v) : -1;
            if (hung < 0 && node == v) {
                hung = organisationAfterPerson(s, v);
            }
            if (hung < 0 && node == v) {
                hung = VerbSides.apposedReporter(s, v);
            }
            if (hung < 0 && node == v && subjects.size() == 1) {
                hung = nameBeforeWhoClause(s, subjects.get(0), v);
            }
            if (hung >= 0) {
                subjects = List.of(hung);
                adjacent = -1;
            }
            for (int t : adjacent >= 0 ? List.of(adjacent) : subjects) {
                out.addAll(sourceActors(s, t));
            }
            if (!out.isEmpty()) {
                // "a State Department spokesperson, Ana Soto, indicated": the person speaks for the body.
                List<String> people = out.stream().filter(id -> args.index().byId(id)
                        .map(e -> e.type() == EntityType.PERSON).orElse(false)).toList();
                return people.isEmpty() ? out : people;
            }
            if (Arguments.dependents(s, node, "nsubj").stream().anyMatch(t -> !calledForPurpose(s, clause, t)) && hop == 0) {
                return List.of();
            }
            // "Ana Soto will fly to Lima, Ruritanian officials said": the parser hung the noun before the verb elsewhere
            // (in apposition to a name), but it is the verb's subject, and no subject of the clause the verb hangs on.
            if (hop == 0 && commonNounRightBefore(s, v)) {
                return List.of();
            }
            int gov = Arguments.governor(s, node, "advcl", "xcomp", "conj", "acl", "dep");
            // "responded by saying that ...", "opened the session by calling for ...": the parser may hang a gerund of
            // means on its verb as an oblique.
            if (gov < 0 && s.token(node).pos().equals("VBG")
                    && Arguments.dependents(s, node, "case").stream().anyMatch(k -> s.token(k).word().equalsIgnoreCase("by"))) {
                gov = Arguments.governor(s, node, "obl");
            }
            if (gov < 0 || !s.token(gov).isVerb() && hop > 0) {
                return List.of();
            }
            node = gov;
        }
        return List.of();
    }

    /** Plural nouns that, counted ("the two leaders", "both sides") or definite ("the ministers"), name a joint statement's parties. */
    private static final Set<String> JOINT_PARTY_NOUNS = WordLists.MEETING.get("joint-party-noun");
    /** Words that tell a report was made together: "joint", "communique". */
    private static final Set<String> JOINT_WORDS = WordLists.MEETING.get("joint-word");
    /** Nouns of a document that its parties issue together: "the final communique said ...". */
    private static final Set<String> JOINT_DOCUMENTS = WordLists.MEETING.get("joint-document-noun");
    private static final java.util.Map<String, Integer> JOINT_COUNTS = java.util.Map.of("two", 2, "both", 2, "three", 3, "four", 4,
            "five", 5, "six", 6);
    /** How many sentences back the parties of a joint statement may be named. */
    private static final int JOINT_SENTENCES_BACK = 5;

    /**
     * The parties of a joint statement, when subject {@code t} of a report stands for them: "In a joint statement, the
     * three ministers said ...", "They said in a joint communique ...", "the sides reaffirmed ... in a joint
     * declaration", or the document itself ("A joint statement released on Monday said ...", "The final communique
     * said ..."). They are the people named in the nearest sentence before (at most {@value #JOINT_SENTENCES_BACK}
     * back) that names as many as the count says, or two or more where no count is given. Empty when the sentence
     * tells no joint report, when the noun has an owner of its own ("their ministers", "the Ruritanian ministers"), or
     * when no such sentence is found; a bare "the two ministers reviewed ..." is no joint statement.
     */
    List<String> jointSpeakers(Sentence s, int t) {
        Token tok = s.token(t);
        String word = tok.word().toLowerCase(Locale.ROOT);
        String lemma = tok.lemma().toLowerCase(Locale.ROOT);
        // Asked of every subject no rule named: cheap tests first.
        boolean document = JOINT_DOCUMENTS.contains(lemma) && tok.pos().startsWith("NN");
        boolean party = tok.pos().equals("NNS") && JOINT_PARTY_NOUNS.contains(lemma);
        int verb = s.parents(t).stream().filter(d -> d.base().equals("nsubj")).mapToInt(Dependency::governor).findFirst().orElse(-1);
        // "the mediators said the ministers had traded proposals": only a report of its own, not one inside another's.
        if (!(party || document || word.equals("they")) || verb < 0 || !verbs.isCue(s.token(verb).lemma().toLowerCase(Locale.ROOT))
                || s.parents(verb).stream().anyMatch(d -> d.base().matches("ccomp|xcomp|advcl|acl|csubj")) || !toldJointly(s, t, verb)) {
            return List.of();
        }
        int count = 0;
        if (party) {
            for (int d : Arguments.dependents(s, t, "nummod", "det")) {
                count = Math.max(count, JOINT_COUNTS.getOrDefault(s.token(d).word().toLowerCase(Locale.ROOT), 0));
            }
            boolean definite = Arguments.theBefore(s, t);
            // "the heads of state": what they head is no one's name; "the Ruritanian ministers", "their leaders" are owned.
            boolean owned = !Arguments.dependents(s, t, "nmod:poss").isEmpty()
                    || Arguments.dependents(s, t, "nmod:of").stream()
                            .anyMatch(o -> !s.token(o).lemma().matches("(?i)state|government|delegation"))
                    || Arguments.dependents(s, t, "amod", "compound").stream().anyMatch(m -> args.entity(s, m).isPresent());
            if (owned || count == 0 && !definite) {
                return List.of();
            }
        }
        // "The communique added ..." may be one party's: only a joint or final one speaks for all.
        if (document && (!Arguments.dependents(s, t, "nmod:poss", "nmod:of", "nmod:by", "nmod:from", "compound").isEmpty()
                || !jointlyMade(s, t))) {
            return List.of();
        }
        for (int back = 1; back <= JOINT_SENTENCES_BACK && s.index() - back >= 0; back++) {
            Sentence before = doc.sentences().get(s.index() - back);
            Set<String> people = new LinkedHashSet<>();
            for (Token k : before.tokens()) {
                args.entity(before, k.index()).filter(e -> e.type() == EntityType.PERSON).ifPresent(e -> people.add(e.id()));
            }
            if (count > 0 ? people.size() == count : people.size() >= 2) {
                return List.copyOf(people);
            }
        }
        return List.of();
    }

    /**
     * Whether the report of subject {@code t} and verb {@code v} is told joint: by a joint word before the subject ("In a
     * joint statement, the ministers said") or on the verb ("said in a joint communique", "jointly condemned"), not by
     * one inside what was said ("reaffirmed their loyalty to the Zenda Declaration").
     */
    private static boolean toldJointly(Sentence s, int t, int v) {
        for (Token k : s.tokens()) {
            if (!JOINT_WORDS.contains(k.word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int head = k.index();
            int modified = Arguments.governor(s, head, "amod");
            head = modified >= 0 ? modified : head;
            if (k.index() < t || Arguments.governorOf(s, head) == v) {
                return true;
            }
        }
        return false;
    }

    /** Whether a document noun is told joint or final: "a joint statement", "the final communique". */
    private static boolean jointlyMade(Sentence s, int t) {
        return Arguments.dependents(s, t, "amod", "compound").stream().anyMatch(m -> s.token(m).word().matches("(?i)joint|final"));
    }

    /**
     * Whether {@code v} is a past verb with no subject or auxiliary of its own, joined to a to-infinitive ("to take in ...
     * and called for").
     */
    private static boolean pastBesideInfinitive(Sentence s, int v, int infinitive) {
        // A subject the parser passed down from the infinitive to its conjunct is not the past verb's own.
        List<Integer> inherited = Arguments.dependents(s, infinitive, "nsubj");
        return s.token(v).pos().matches("VBD|VBN") && s.token(infinitive).pos().equals("VB")
                && Arguments.dependents(s, v, "aux", "aux:pass", "mark").isEmpty()
                && inherited.containsAll(Arguments.dependents(s, v, "nsubj"))
                && Arguments.dependents(s, infinitive, "mark").stream().anyMatch(m -> s.token(m).word().equalsIgnoreCase("to"));
    }

    /** "said Ana Soto had phoned Ivo Ruiz and stressed that ...": a person who did the first may say the second. */
    private boolean personDidFirst(Sentence s, int first) {
        return Arguments.dependents(s, first, "nsubj").stream().anyMatch(n -> sourceActors(s, n).stream()
                .anyMatch(id -> args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false)));
    }

    /**
     * "Ana Soto telephoned Ivo Ruiz to urge him ...": the parser makes the one called the subject of an infinitive after
     * a verb of calling or meeting ({@code nsubj:xsubj}), where the caller is.
     */
    private static boolean calledForPurpose(Sentence s, int v, int subject) {
        int contact = Arguments.governor(s, v, "xcomp");
        return contact >= 0 && s.children(v).stream().anyMatch(d -> d.dependent() == subject && d.relation().equals("nsubj:xsubj"))
                && CONTACT_VERBS.contains(s.token(contact).lemma().toLowerCase(Locale.ROOT))
                && Arguments.dependents(s, contact, "obj").contains(subject);
    }

    /**
     * Whether a common noun stands right before the verb without being one of its own dependents: "..., officials
     * said". Dates ("the ministry on Monday said") are not subjects.
     */
    private static boolean commonNounRightBefore(Sentence s, int v) {
        if (v == 0) {
            return false;
        }
        Token before = s.token(v - 1);
        return before.isNoun() && !before.isProperNoun() && !before.ner().matches("DATE|TIME|DURATION|SET")
                && s.children(v).stream().noneMatch(d -> d.dependent() == v - 1);
    }

    /**
     * The apposition that speaks when the verb's subject is really the object of the clause before ({@link
     * VerbSides#objectMisreadAsReporter}) and a comma-set phrase hung from it ends right before the verb; -1 if none.
     */
    private static int reporterHungFromObject(Sentence s, int v) {
        int clause = Arguments.governor(s, v, "ccomp", "parataxis");
        int object = clause < 0 || clause > v ? -1 : VerbSides.objectMisreadAsReporter(s, clause);
        if (object < 0) {
            return -1;
        }
        return Arguments.dependents(s, object, "appos").stream().filter(a -> a > object && VerbSides.reporterBefore(s, a, v))
                .findFirst().orElse(-1);
    }

    /**
     * "... was received by the governor, Ana Soto, the Acme News Agency reported": a person the parser made the
     * subject, with an organisation set off in apposition right before the verb. A person's apposition is no
     * organisation, so the organisation reports and the person ends the clause before. -1 if none.
     */
    private int organisationAfterPerson(Sentence s, int v) {
        for (int subject : Arguments.dependents(s, v, "nsubj")) {
            boolean person = args.index().at(s.index(), subject).map(e -> e.type() == EntityType.PERSON).orElse(false);
            // The person closes a clause before: a comma comes before it.
            boolean commaBefore = s.tokens().stream().anyMatch(t -> t.index() < subject && t.word().equals(","));
            if (!person || !commaBefore) {
                continue;
            }
            for (int a : Arguments.dependents(s, subject, "appos")) {
                boolean body = args.index().at(s.index(), a).map(e -> e.type() == EntityType.ORGANIZATION).orElse(false);
                if (a > subject && body && VerbSides.reporterBefore(s, a, v)) {
                    return a;
                }
            }
        }
        return -1;
    }

    /**
     * After an inverted verb, a phrase with a title word and no person in it, then a comma and a person's name: the
     * token of that name; -1 otherwise.
     */
    private int titledNameAfter(Sentence s, int v) {
        boolean title = false;
        int i = v + 1;
        for (; i < s.tokens().size() && !s.token(i).word().matches("[.,;:]"); i++) {
            if (args.entity(s, i).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                return -1;
            }
            title |= s.token(i).ner().equals("TITLE") || TitleLexicon.isTitleWord(s.token(i).word().toLowerCase(Locale.ROOT));
        }
        if (!title || i + 1 >= s.tokens().size() || !s.token(i).word().equals(",")) {
            return -1;
        }
        int name = i + 1;
        while (name < s.tokens().size() && s.token(name).isProperNoun()) {
            if (args.entity(s, name).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                return name;
            }
            name++;
        }
        return -1;
    }

    /** Of two or more subjects, the one whose phrase ends right before the verb (after a comma), or -1. */
    private static int adjacentSubject(Sentence s, int v, List<Integer> subjects) {
        if (subjects.size() < 2) {
            return -1;
        }
        for (int t : subjects) {
            Set<Integer> phrase = Arguments.subtree(s, t, Set.of(v));
            int first = Collections.min(phrase);
            // "The bloc's envoy, Ana Soto, and Commissioner Ivo Ruiz said": a subject joined to another speaks with it.
            boolean joined = s.parents(t).stream().anyMatch(d -> d.base().equals("conj") && subjects.contains(d.governor()));
            if (!joined && Collections.max(phrase) == v - 1 && first > 0 && s.token(first - 1).word().equals(",")) {
                return t;
            }
        }
        return -1;
    }

    /**
     * "X said the vote could come soon, but rivals warned ...": whether conjoined verb {@code v} has a subject that
     * is not its first conjunct's, which the enhanced parse copies to every conjunct.
     */
    private static boolean hasOwnSubject(Sentence s, int v, int firstConjunct) {
        List<Integer> shared = Arguments.dependents(s, firstConjunct, "nsubj");
        return Arguments.dependents(s, v, "nsubj").stream().anyMatch(t -> !shared.contains(t));
    }

    /**
     * Actors that a source phrase names: directly, or "a post by X", "X's statement". A person named as the principal
     * of a proxy noun ("an aide to X", "X's wife", "the X campaign") does not speak; the proxy's own name does.
     */
    List<String> sourceActors(Sentence s, int t) {
        List<String> out = new ArrayList<>(phraseActors(s, t));
        // "Acme Union officials said", "according to two Acme diplomats": unnamed members of a body name no speaker.
        if (verbs.isUnnamedMemberNoun(s.token(t).lemma().toLowerCase(Locale.ROOT)) && out.stream().noneMatch(args::isPerson)) {
            return List.of();
        }
        if (!out.isEmpty() && verbs.isProxyNoun(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            Set<String> own = new LinkedHashSet<>();
            args.entity(s, t).ifPresent(e -> own.add(e.id()));
            for (Dependency d : s.children(t)) {
                if (d.dependent() > t && d.base().matches("appos|compound|flat|dep")) {
                    args.entity(s, d.dependent()).ifPresent(e -> own.add(e.id()));
                }
            }
            out.removeIf(id -> !own.contains(id) && args.index().byId(id).map(e -> e.type() == EntityType.PERSON).orElse(false));
        }
        return out;
    }

    private List<String> phraseActors(Sentence s, int t) {
        List<String> out = new ArrayList<>();
        String word = s.token(t).word().toLowerCase(Locale.ROOT);
        // "Ivo Ruiz, who said the talks had failed": the relative pronoun is the person the clause describes.
        int relativeHead = Arguments.relativeHead(s, t);
        if (relativeHead >= 0) {
            return sourceActors(s, relativeHead);
        }
        if (word.equals("he") || word.equals("she")) {
            Optional<List<String>> pronoun = pronounSpeaker(s, t, word.equals("he"));
            if (pronoun.isPresent()) {
                return pronoun.get();
            }
        }
        // "It said" after a body spoke: coreference would give "it" whatever body was named last.
        if (word.equals("it") && s.parents(t).stream().anyMatch(d -> d.base().equals("nsubj"))) {
            String body = lastBodySpeaker(s);
            if (body != null) {
                return List.of(body);
            }
        }
        out.addAll(args.speakers(s, t));
        out.removeIf(id -> args.entity(s, t).map(e -> !e.type().isActor()).orElse(false));
        if (!out.isEmpty()) {
            return out;
        }
        List<String> pair = jointSpeakers(s, t);
        if (!pair.isEmpty()) {
            return pair;
        }
        String described = describedPerson(s, t);
        if (described != null) {
            return List.of(described);
        }
        if (verbs.isCollectiveNoun(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            // "the Acme movement said": the organisation named beside the collective noun speaks.
            for (int d : Arguments.dependents(s, t, "compound", "amod", "nmod:poss", "nmod:from", "nmod:of")) {
                args.entity(s, d).filter(e -> e.type() == EntityType.ORGANIZATION).ifPresent(e -> out.add(e.id()));
            }
            if (!out.isEmpty()) {
                return out;
            }
            // "the Kremlin press service said ... 'Talks went well,' the press service said": the body that spoke just before.
            List<Integer> compounds = Arguments.dependents(s, t, "compound");
            boolean barePressService = compounds.size() == 1 && s.token(compounds.get(0)).word().equalsIgnoreCase("press")
                    && Arguments.theBefore(s, t)
                    && Arguments.dependents(s, t, "amod", "nmod:poss").isEmpty();
            String body = barePressService ? lastBodySpeaker(s) : null;
            if (body != null) {
                return List.of(body);
            }
        }
        if (verbs.isSourceNoun(s.token(t).lemma().toLowerCase(Locale.ROOT))) {
            for (int d : Arguments.dependents(s, t, "nmod:by", "nmod:poss", "nmod:of", "nmod:from", "compound", "amod")) {
                String reporter = possessorOfTrailingSource(s, t, d);
                if (reporter != null) {
                    out.add(reporter);
                    continue;
                }
                for (String id : args.actors(s, d)) {
                    out.add(id);
                }
            }
            boolean definite = Arguments.dependents(s, t, "det").stream()
                    .anyMatch(d -> s.token(d).word().matches("(?i)the|this|that"))
                    && Arguments.dependents(s, t, "amod", "compound", "nmod:poss").isEmpty();
            if (out.isEmpty() && definite && !told.isEmpty()) {
                // "The statement also said ...": the statement last reported, if it was in the sentence or two before
                // and was itself told as a statement ("X, in a statement, announced ...").
                Statement last = told.get(told.size() - 1);
                boolean sameSource = last.evidence().sentence().toLowerCase(Locale.ROOT)
                        .contains(s.token(t).word().toLowerCase(Locale.ROOT));
                if (sameSource && s.begin() - last.evidence().end() < 400 && last.evidence().end() <= s.begin()) {
                    out.add(last.speaker());
                }
            }
        }
        return out;
    }

    /**
     * "Ana Soto, who hosted Ivo Ruiz last week, called for calm and said ...": a subject the parser took from inside a
     * who-clause set off by commas right after a person's name is that clause's object; the person speaks. The name's
     * last token, or -1.
     */
    private int nameBeforeWhoClause(Sentence s, int subject, int v) {
        int who = subject - 1;
        while (who > 1 && !s.token(who).word().equalsIgnoreCase("who") && !s.token(who).word().equals(",")) {
            who--;
        }
        if (who < 2 || !s.token(who).word().equalsIgnoreCase("who") || !s.token(who - 1).word().equals(",")) {
            return -1;
        }
        boolean closed = java.util.stream.IntStream.range(subject + 1, v).anyMatch(i -> s.token(i).word().equals(","));
        boolean person = args.index().at(s.index(), who - 2).map(e -> e.type() == EntityType.PERSON).orElse(false);
        boolean otherPerson = args.index().at(s.index(), subject).map(e -> e.type() == EntityType.PERSON).orElse(false);
        return closed && person && otherPerson ? who - 2 : -1;
    }

    /**
     * '"...," the statement quoted Ana Soto as saying': the one before "as" when the parser lost the quoting verb
     * (the tagger often makes "quoted" a modifier of the noun before it). Empty otherwise.
     */
    private List<String> quotedAs(Sentence s, int v) {
        if (v < 3 || !s.token(v - 1).word().equalsIgnoreCase("as") || !s.token(v).pos().equals("VBG")) {
            return List.of();
        }
        int end = v - 2;
        String word = s.token(end).word().toLowerCase(Locale.ROOT);
        if (word.matches("him|her")) {
            return s.token(end - 1).lemma().equalsIgnoreCase("quote")
                    ? pronounSpeaker(s, end, word.equals("him")).orElse(List.of()) : List.of();
        }
        Optional<Entity> named = args.entity(s, end).filter(e -> e.type().isActor());
        int start = end;
        while (start > 0 && named.isPresent() && args.entity(s, start - 1).equals(named)) {
            start--;
        }
        while (start > 0 && s.token(start - 1).ner().equals("TITLE")) {
            start--;
        }
        return named.isPresent() && start > 0 && s.token(start - 1).lemma().equalsIgnoreCase("quote")
                ? List.of(named.get().id()) : List.of();
    }

    /**
     * The speaker "he" or "she" at {@code t} stands for: news writes "he added" of the last person named, and
     * coreference that reaches further back is less reliable. Empty when the rules leave it to the noun phrase; an
     * empty list when coreference and recency disagree (too unsure to attribute).
     */
    private Optional<List<String>> pronounSpeaker(Sentence s, int t, boolean male) {
        // News writes "he added" of the last person named; coreference that reaches further back is less reliable.
        GenderLexicon.Gender not = male ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE;
        // "Ana Soto said ..., and she added that ...": the subject of the verb the pronoun's verb is joined to. Only a
        // title can rule that person out here; a first-name list guesses wrong too often for so plain a structure.
        String joined = joinedSubject(s, t, not);
        if (joined != null) {
            return Optional.of(List.of(joined));
        }
        String continued = continuedSubject(s, t, not);
        String speaker = lastSpeaker(s, t, not);
        if (continued == null || speaker != null && !speaker.equals(continued) && reportedBy(s, continued, speaker)) {
            // '"Ana Soto will fly to Lima, Ivo Ruiz said. "...," he told reporters': the name opening the sentence
            // before is what Ruiz reported; "he" is Ruiz.
            continued = speaker;
        }
        if (continued != null) {
            return Optional.of(List.of(continued));
        }
        String recent = recentPerson(s, t, not);
        // "Ana Soto, he said, had agreed": whoever the interrupted clause names is what "he" reported, not "he".
        Set<Integer> interrupted = interruptedClause(s, t);
        Optional<Entity> coref = args.entity(s, t).filter(e -> interrupted.stream()
                .noneMatch(i -> s.token(i).isProperNoun() && args.entity(s, i).map(x -> x.id().equals(e.id())).orElse(false)));
        boolean corefWrongGender = coref.isPresent() && coref.get().type() == EntityType.PERSON && genders.of(coref.get()) == not;
        // "Ana Soto addressed parliament, where she said ...": the subject of a clause the pronoun's clause hangs in.
        if (recent != null && subjectAbove(s, t, recent)) {
            return Optional.of(List.of(recent));
        }
        // "Ana Soto held talks with Ivo Ruiz, during which she said ...": the one who holds the talks speaks in them.
        List<String> holders = Arguments.talksHolders(s, t).stream().flatMap(h -> args.entity(s, h).stream())
                .filter(e -> e.type() == EntityType.PERSON && genders.of(e) != not).map(Entity::id).toList();
        if (holders.size() == 1) {
            return Optional.of(holders);
        }
        if (recent != null && (coref.isEmpty() || corefWrongGender
                || !coref.get().id().equals(recent) && !namedNearby(s, coref.get().id()))) {
            return Optional.of(List.of(recent));
        }
        if (corefWrongGender) {
            return Optional.of(List.of());
        }
        if (recent == null && coref.isPresent() && coref.get().type() == EntityType.PERSON && !namedNearby(s, coref.get().id())) {
            // '"Ana Soto will lose," he said.': the only nearby mention of the person coreference found is
            // inside a quotation, and a speaker is rarely named in their own words.
            return Optional.of(List.of());
        }
        // Coreference and recency name two different people, both recently named: too unsure to attribute.
        if (recent != null && coref.isPresent() && !coref.get().id().equals(recent)) {
            return Optional.of(List.of());
        }
        return Optional.empty();
    }

    /**
     * "Ana Soto phoned Ivo Ruiz on Sunday, her office said": "her" in a source phrase after the reported clause is
     * the named person who is that clause's subject, if the gender fits; null otherwise (then coreference decides).
     */
    private String possessorOfTrailingSource(Sentence s, int source, int possessive) {
        String word = s.token(possessive).word().toLowerCase(Locale.ROOT);
        int v = Arguments.governor(s, source, "nsubj");
        if (!word.matches("his|her") || v < 0 || v < source) {
            return null;
        }
        GenderLexicon.Gender not = word.equals("his") ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE;
        for (int clause : Arguments.dependents(s, v, "ccomp", "parataxis", "advcl", "dep")) {
            if (clause > source) {
                continue;
            }
            for (int subject : Arguments.dependents(s, clause, "nsubj", "nsubj:pass")) {
                Optional<Entity> e = args.namedPerson(s, subject).filter(p -> genders.of(p) != not);
                if (e.isPresent() && !quoted(s.token(subject))) {
                    return e.get().id();
                }
            }
        }
        return null;
    }

    /**
     * The speaker whose name ends at token {@code i}, or null. A name that is the object of a preposition
     * ("advisers to Ana Soto say", "emails read by the Agency suggest") is not the subject.
     */
    String nameEndingAt(Sentence s, int i) {
        if (i < 0 || !s.token(i).isProperNoun()) {
            return null;
        }
        Optional<Entity> named = args.entity(s, i);
        int start = i;
        while (start > 0 && named.isPresent() && args.entity(s, start - 1).equals(named)) {
            start--;
        }
        // Titles and determiners belong to the name: "the Acme Party", "Mr. Soto", "Senator Ana Soto".
        while (start > 0 && (s.token(start - 1).ner().equals("TITLE")
                || s.token(start - 1).word().matches("(?i)the|mr\\.?|mrs\\.?|ms\\.?|dr\\.?"))) {
            start--;
        }
        if (start > 0 && s.token(start - 1).pos().matches("IN|TO")) {
            return null;
        }
        return args.entity(s, i).filter(e -> e.type().isActor()).map(Entity::id).orElse(null);
    }

    /**
     * "Foreign Minister Ana Soto arrived in Oslo. The minister said ...": a definite title noun names the one person
     * the text gave that title, mentioned in this sentence or the three before; null when none or several fit.
     */
    private String describedPerson(Sentence s, int t) {
        Token head = s.token(t);
        String title = head.lemma().toLowerCase(Locale.ROOT);
        // "Ruritania's prime minister" is as definite as "the Ruritanian prime minister".
        List<String> possessors = new ArrayList<>();
        for (int p : Arguments.dependents(s, t, "nmod:poss")) {
            args.entity(s, p).filter(e -> e.type() == EntityType.COUNTRY).ifPresent(e -> possessors.add(e.id()));
        }
        boolean definite = !possessors.isEmpty()
                || Arguments.theBefore(s, t);
        if (!head.pos().equals("NN") || !definite || !TitleLexicon.isTitleWord(title)) {
            return null;
        }
        // '"...," Ana Soto said. "...," the minister added.': the one who just spoke, when nobody has been named since
        // and the bare title is hers, however many ministers the story has.
        String last = possessors.isEmpty() ? lastSpeaker(s, t, null) : null;
        boolean lastHoldsTitle = last != null && args.index().byId(last).map(e -> e.roles().stream()
                .anyMatch(r -> TitleLexicon.describes(r.title(), Arguments.titleWords(s, t)))).orElse(false);
        boolean ofCountry = Arguments.dependents(s, t, "amod", "compound").stream()
                .anyMatch(m -> s.token(m).ner().matches("NATIONALITY|COUNTRY") || args.entity(s, m).isPresent());
        if (lastHoldsTitle && !ofCountry) {
            return last;
        }
        int from = doc.sentences().get(Math.max(0, s.index() - 3)).begin();
        // "according to a senior aide. ... The aide said": the definite noun takes up the unnamed one just told.
        for (Sentence before : doc.sentences().subList(Math.max(0, s.index() - 3), s.index() + 1)) {
            for (Token w : before.tokens()) {
                boolean indefinite = w.end() <= head.begin() && w.lemma().equalsIgnoreCase(title)
                        && Arguments.dependents(before, w.index(), "det").stream().anyMatch(d -> before.token(d).word().matches("(?i)a|an"))
                        && args.index().at(before.index(), w.index()).isEmpty();
                if (indefinite) {
                    return null;
                }
            }
        }
        // "the Ruritanian minister": a minister of that country, not whichever minister was named last.
        Set<String> countries = new LinkedHashSet<>(possessors);
        for (int m : Arguments.dependents(s, t, "amod", "compound")) {
            args.entity(s, m).filter(e -> e.type() == EntityType.COUNTRY).ifPresent(e -> countries.add(e.id()));
        }
        Set<String> fits = new LinkedHashSet<>();
        for (Entity e : args.index().entities()) {
            boolean titled = e.type() == EntityType.PERSON && (countries.isEmpty() ? e.roles() : args.index().officeRoles(e)).stream()
                    .anyMatch(r -> TitleLexicon.describes(r.title(), Arguments.titleWords(s, t))
                            && (countries.isEmpty() || countries.contains(r.ofEntity())));
            // '"We saw General Marek for hours," the retired general said': one named only inside a quotation is
            // spoken of, not the one the title takes up.
            boolean nearby = e.mentions().stream().anyMatch(m -> m.begin() >= from && m.end() <= head.begin() && !insideQuotation(m));
            if (titled && nearby) {
                fits.add(e.id());
            }
        }
        if (fits.isEmpty() && !countries.isEmpty()) {
            // "the Ruritanian premier said" paragraphs after she was named: a title of a told country is one person
            // however far back, where the article gives only one person that title there.
            for (Entity e : args.index().entities()) {
                boolean titled = e.type() == EntityType.PERSON && args.index().officeRoles(e).stream()
                        .anyMatch(r -> TitleLexicon.describes(r.title(), Arguments.titleWords(s, t)) && countries.contains(r.ofEntity()));
                if (titled && e.mentions().stream().anyMatch(m -> m.end() <= head.begin())) {
                    fits.add(e.id());
                }
            }
        }
        if (fits.isEmpty() && !countries.isEmpty()) {
            // "Ruritania's prime minister said ..." in a lead that names "Prime Minister Ana Soto" only later: the one
            // person named only after it who holds that whole title, of that country or of none told.
            List<String> titleWords = new ArrayList<>();
            for (int m : Arguments.dependents(s, t, "amod", "compound")) {
                if (m < t && s.token(m).ner().equals("TITLE")) {
                    titleWords.add(s.token(m).word().toLowerCase(Locale.ROOT));
                }
            }
            titleWords.add(head.word().toLowerCase(Locale.ROOT));
            for (Entity e : args.index().entities()) {
                boolean namedLater = e.mentions().stream().allMatch(m -> m.begin() > head.end());
                if (e.type() == EntityType.PERSON && namedLater && args.index().officeRoles(e).stream().anyMatch(r -> TitleLexicon.describes(r.title(), titleWords)
                        && (r.ofEntity() == null || countries.contains(r.ofEntity())))) {
                    fits.add(e.id());
                }
            }
        }
        return fits.size() == 1 ? fits.iterator().next() : null;
    }

    private String continuedSubject(Sentence s, int t, GenderLexicon.Gender not) {
        return continued.of(s, t, not);
    }

    /**
     * The named subject of the sentence before that "his" or "her" at {@code t} continues, when nobody is named before
     * it in its sentence; null otherwise (see {@link ContinuedSubject}).
     */
    String continuedOwner(Sentence s, int t) {
        String word = s.token(t).word().toLowerCase(java.util.Locale.ROOT);
        if (!word.equals("his") && !word.equals("her")) {
            return null;
        }
        return continued.of(s, t, word.equals("his") ? GenderLexicon.Gender.FEMALE : GenderLexicon.Gender.MALE);
    }

    /** Whether the sentence before {@code s} names {@code person} only inside what {@code speaker} said there. */
    private boolean reportedBy(Sentence s, String person, String speaker) {
        if (s.index() == 0) {
            return false;
        }
        Sentence previous = doc.sentences().get(s.index() - 1);
        List<Statement> there = told.stream().filter(st -> st.speaker().equals(speaker)
                && doc.sentenceIndexAt(st.evidence().begin()) == previous.index()).toList();
        boolean named = false;
        for (Token tok : previous.tokens()) {
            if (args.namedPerson(previous, tok.index()).map(e -> e.id().equals(person)).orElse(false)) {
                named = true;
                if (there.stream().noneMatch(st -> st.evidence().begin() <= tok.begin() && tok.end() <= st.evidence().end())) {
                    return false;
                }
            }
        }
        return named && !there.isEmpty();
    }

    /**
     * The one named person subject, before {@code t}, of the verb that the verb of pronoun subject {@code t} is a
     * conjunct of ("Ana Soto said ..., and she added"), unless a title tells the other gender; null otherwise.
     */
    private String joinedSubject(Sentence s, int t, GenderLexicon.Gender not) {
        int verb = Arguments.governor(s, t, "nsubj");
        int first = verb < 0 ? -1 : Arguments.governor(s, verb, "conj");
        if (first < 0 || first > verb) {
            return null;
        }
        List<String> people = Arguments.dependents(s, first, "nsubj").stream().filter(n -> n < t)
                .flatMap(n -> args.namedPerson(s, n).stream()).filter(e -> genders.titled(e) != not).map(Entity::id).toList();
        return people.size() == 1 ? people.get(0) : null;
    }

    /**
     * "'...,' Ana Soto said. ... 'Then ...,' she added.": with no person named since (in the pronoun's own sentence,
     * before token {@code t}: "he said the envoy would ..." names the envoy after it), a pronoun continues the speaker
     * of the statement just before (in this sentence or the two before); null otherwise.
     */
    private String lastSpeaker(Sentence s, int t, GenderLexicon.Gender not) {
        // "The ministry said ... He added": only a person can be "he", so bodies in between are passed over.
        Statement last = null;
        for (int i = told.size() - 1; i >= 0 && last == null; i--) {
            Statement st = told.get(i);
            if (args.index().byId(st.speaker()).map(e -> e.type() == EntityType.PERSON).orElse(false)) {
                last = st;
            }
        }
        if (last == null) {
            return null;
        }
        int lastSentence = doc.sentenceIndexAt(last.evidence().begin());
        if (lastSentence < 0 || lastSentence > s.index() || Narrative.distance(doc, lastSentence, s.index()) > 2) {
            return null;
        }
        // A quotation of several sentences is told in the last of them ('"... . ...," Ana Soto said after meeting Ivo
        // Ruiz'): names there are as much the speaker's own sentence as the first one's.
        int toldIn = Math.max(lastSentence, Math.min(s.index() - 1, doc.sentenceIndexAt(Math.max(last.evidence().begin(), last.evidence().end() - 1))));
        for (int si = toldIn + 1; si <= s.index(); si++) {
            Sentence cur = doc.sentences().get(si);
            for (Token tok : cur.tokens()) {
                if (si == s.index() && tok.index() >= t) {
                    break;
                }
                if (args.namedPerson(cur, tok.index()).isPresent() && !quoted(tok)) {
                    return null;
                }
            }
        }
        return args.index().byId(last.speaker())
                .filter(e -> genders.of(e) != not)
                .map(Entity::id).orElse(null);
    }

    /**
     * "The Ruritanian ministry said ... It said ...": the body (organisation or country) that spoke last, when that was
     * in this sentence or the one before and no person spoke since, passing over words told inside its own; null
     * otherwise. Coreference often gives "it" the nearest organisation or country named inside what was said.
     */
    private String lastBodySpeaker(Sentence s) {
        for (int i = told.size() - 1; i >= 0; i--) {
            Statement last = told.get(i);
            int lastSentence = doc.sentenceIndexAt(last.evidence().begin());
            if (lastSentence < 0 || lastSentence > s.index() || s.index() - lastSentence > 1) {
                return null;
            }
            // "The ministry said Ana Soto would urge Peru to ...": her appeal is told inside the ministry's words.
            boolean nested = told.stream().anyMatch(o -> o != last && o.evidence().begin() <= last.evidence().begin()
                    && o.evidence().end() >= last.evidence().end() && !o.speaker().equals(last.speaker()));
            if (!nested) {
                return args.index().byId(last.speaker()).filter(e -> e.type() != EntityType.PERSON).map(Entity::id).orElse(null);
            }
        }
        return null;
    }

    /** Whether {@code person} is the named subject of a clause above the one whose subject is token {@code t}. */
    private boolean subjectAbove(Sentence s, int t, String person) {
        int v = Arguments.governor(s, t, "nsubj");
        Set<Integer> seen = new HashSet<>();
        for (int at = v; at >= 0 && seen.add(at); ) {
            List<Dependency> up = s.parents(at);
            at = up.isEmpty() ? -1 : up.get(0).governor();
            if (at >= 0 && Arguments.dependents(s, at, "nsubj").stream()
                    .anyMatch(n -> args.entity(s, n).map(e -> e.id().equals(person)).orElse(false))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokens of the clause that a parenthetical attribution with subject {@code t} interrupts ("Ana Soto, he
     * said, had agreed"), without the attribution; empty when {@code t} is no such subject.
     */
    private static Set<Integer> interruptedClause(Sentence s, int t) {
        int verb = Arguments.governor(s, t, "nsubj");
        int clause = verb < 0 ? -1 : Arguments.governor(s, verb, "parataxis");
        if (clause < 0 || t == 0 || !s.token(t - 1).word().equals(",")) {
            return Set.of();
        }
        Set<Integer> tokens = new HashSet<>(Arguments.subtree(s, clause, Set.of(verb)));
        tokens.removeIf(i -> i > t);
        return tokens;
    }

    /** The last person named before token {@code t}, in its sentence or the two narrative sentences before. */
    private String recentPerson(Sentence s, int t, GenderLexicon.Gender not) {
        Set<Integer> interrupted = interruptedClause(s, t);
        for (Sentence cur : Narrative.lookBack(doc, s, 2)) {
            int from = cur == s ? t - 1 : cur.tokens().size() - 1;
            for (int i = from; i >= 0; i--) {
                Token tok = cur.token(i);
                if (!tok.isProperNoun() || quoted(tok) || cur == s && interrupted.contains(i)) {
                    continue;
                }
                Optional<Entity> e = args.entity(cur, i);
                if (e.isPresent() && e.get().type() == EntityType.PERSON && genders.of(e.get()) != not) {
                    return e.get().id();
                }
            }
        }
        return null;
    }

    private boolean insideQuotation(Evidence mention) {
        return doc.quotes().stream().anyMatch(q -> q.begin() <= mention.begin() && mention.end() <= q.end());
    }

    private boolean quoted(Token tok) {
        return continued.quoted(tok);
    }

    /** Whether the entity is named outside quotations in this sentence or the two narrative sentences before. */
    private boolean namedNearby(Sentence s, String id) {
        for (Sentence cur : Narrative.lookBack(doc, s, 2)) {
            for (Token tok : cur.tokens()) {
                if (tok.isProperNoun() && !quoted(tok) && args.entity(cur, tok.index()).map(e -> e.id().equals(id)).orElse(false)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "..., with Ana Soto, the chair, calling for ...": the actors of a "with" phrase after a comma that stands before
     * participle {@code v} with no verb between; empty otherwise. "met with Ana Soto, calling ..." has no comma
     * before "with", so the one who met speaks.
     */
    private List<String> absoluteSubject(Sentence s, int v) {
        for (int i = v - 1; i > 0; i--) {
            if (s.token(i).isVerb()) {
                return List.of();
            }
            if (s.token(i).word().equalsIgnoreCase("with") && s.token(i - 1).word().equals(",")) {
                int head = Arguments.governor(s, i, "case");
                return head > i && head < v ? sourceActors(s, head) : List.of();
            }
        }
        return List.of();
    }
}
