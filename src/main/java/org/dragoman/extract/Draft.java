package org.dragoman.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.dragoman.model.Role;
import org.dragoman.model.Statement;
import org.dragoman.model.Status;

/**
 * An article's extraction before the attribution model has decided: entities, events other than statements, and
 * every attribution candidate. Training reads the candidates; {@link #decide} makes the final extraction.
 *
 * @param bodyCountries the country label each organisation's name tells ("Ruritanian Foreign Ministry": Ruritania), by
 *                      entity id; organisations whose name tells none are absent
 */
public record Draft(Article article, List<Entity> entities, List<Event> events, List<AttributionCandidate> candidates,
                    Map<String, String> bodyCountries) {
    public Draft {
        Objects.requireNonNull(article, "article");
        bodyCountries = Map.copyOf(bodyCountries);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        candidates = List.copyOf(candidates);
    }

    /**
     * Keeps the candidates the model accepts (see {@link AttributionModel#accepts}), each with the model's probability
     * as its confidence, then one statement per content span: the first in reading order among those kept, or one per
     * joined speaker where the cue-verb rule gave the span to each.
     */
    public Extraction decide(AttributionModel model) {
        return decide(model::accepts, model::probability);
    }

    /**
     * As {@link #decide(AttributionModel)}, with the decision and the probability given: training scores held-out
     * folds this way.
     */
    public Extraction decide(Predicate<AttributionCandidate> keep, ToDoubleFunction<AttributionCandidate> probability) {
        List<AttributionCandidate> accepted = candidates.stream().filter(keep).toList();
        List<Statement> kept = new ArrayList<>();
        Set<Statement> joint = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Statement, Integer> cues = new IdentityHashMap<>();
        for (AttributionCandidate c : accepted) {
            double p = probability.applyAsDouble(c);
            if (!reportedByAnother(c, accepted) && !ownCountryInOwnWords(c, accepted, entities, bodyCountries) && !passesOnAReport(c, accepted)
                    && !speechToComeReported(c, accepted) && !toldInsideReport(c, accepted, article.text())
                    && !deniedByAnother(c, accepted)) {
                Statement st = c.statement();
                Statement out = st.withConfidence(Math.min(1, Math.max(0, p)));
                kept.add(out);
                if (!c.rule().equals(AttributionModel.MODEL_ONLY_RULE)) {
                    cues.put(out, c.cueAt());
                }
                if (c.rule().equals(CueVerbRule.NAME) || c.rule().equals(AttributionModel.MODEL_ONLY_RULE)) {
                    joint.add(out);
                }
            }
        }
        List<Event> all = new ArrayList<>(events);
        all.addAll(dedupe(kept, joint, cues));
        return new Extraction(article, entities, all);
    }

    /**
     * "The agency reported that Ana Soto is weighing a run": a verb outside the reporting lexicon whose cue lies in the
     * content of another speaker's report is what that speaker says of the subject, not the subject's own statement.
     */
    static boolean reportedByAnother(AttributionCandidate c, List<AttributionCandidate> accepted) {
        if (c.cueAt() < 0 || !c.rule().equals(AttributionModel.MODEL_ONLY_RULE)) {
            return false;
        }
        return reportsByOthers(c, accepted).findAny().isPresent();
    }

    /** The accepted candidates of other speakers whose reported words hold the cue of {@code c}. */
    private static java.util.stream.Stream<AttributionCandidate> reportsByOthers(AttributionCandidate c, List<AttributionCandidate> accepted) {
        return accepted.stream().filter(o -> cueInsideContentOf(c, o) && !o.statement().speaker().equals(c.statement().speaker()));
    }

    /**
     * "The presidency said Ana Soto would announce new aid on Friday": a speech act still to come or only possible, told
     * inside another speaker's reported words, is what that speaker said; its subject has said nothing yet.
     */
    static boolean speechToComeReported(AttributionCandidate c, List<AttributionCandidate> accepted) {
        Status status = c.statement().status();
        if (c.cueAt() < 0 || status != Status.PLANNED && status != Status.HYPOTHETICAL) {
            return false;
        }
        return reportsByOthers(c, accepted).findAny().isPresent();
    }

    /** The forms of the verbs of wish as a cue may write them: "hoped", "expects", "wanting". */
    private static final Set<String> WISH_FORMS = WordLists.STATUS.get("wish-verb").stream().flatMap(Draft::inflections)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** The forms of the denying verbs as a cue may write them: "deny", "denied", "rejects", "dismissing". */
    private static final Set<String> DENIAL_FORMS = WordLists.STATUS.get("deny-verb").stream().flatMap(Draft::inflections)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "The spokesman denied that Ana Soto had demanded new elections": a speech act told inside another speaker's
     * denial is one that speaker says did not happen.
     */
    static boolean deniedByAnother(AttributionCandidate c, List<AttributionCandidate> accepted) {
        return c.cueAt() >= 0 && reportsByOthers(c, accepted)
                .anyMatch(o -> DENIAL_FORMS.contains(o.statement().cue().toLowerCase(java.util.Locale.ROOT)));
    }

    private static java.util.stream.Stream<String> inflections(String lemma) {
        if (lemma.endsWith("y")) {
            String stem = lemma.substring(0, lemma.length() - 1);
            return java.util.stream.Stream.of(lemma, stem + "ies", stem + "ied", lemma + "ing");
        }
        String stem = lemma.endsWith("e") ? lemma.substring(0, lemma.length() - 1) : lemma;
        return java.util.stream.Stream.of(lemma, lemma + "s", lemma + "es", stem + "ed", stem + "ing");
    }

    /**
     * 'The presidency said the summit would take place "at a later date", and that Ana Soto had spoken to Ivo Ruiz':
     * a quotation given to someone whose verb follows it, inside another speaker's reported words, is part of what that
     * speaker said. A source that only passes such a report on, named after it, adds no statement of its own: "Ana
     * Soto said Ruritania would wait, the agency reported" and "Ana Soto told him the border stays open, according to
     * an aide" are Ana Soto's. A body that says so ("..., the ministry said") speaks, and keeps its statement. Words
     * after their verb ("said Ana Soto told him: '...'") are a nested report.
     */
    static boolean toldInsideReport(AttributionCandidate c, List<AttributionCandidate> accepted, String text) {
        Evidence words = c.statement().evidence();
        String cue = c.statement().cue();
        int source = cue.equalsIgnoreCase("according to") ? accordingToAfter(words, text) : c.cueAt();
        if (source < 0 || words.end() > source || !c.statement().direct() && !PASSING_ON.matcher(cue).matches()) {
            return false;
        }
        return accepted.stream().anyMatch(o -> o != c && o.cueAt() >= 0 && o.cueAt() < o.statement().evidence().begin()
                && !o.statement().speaker().equals(c.statement().speaker()) && o.statement().evidence().begin() <= words.begin()
                && words.end() <= o.statement().evidence().end() + 3);
    }

    /** The offset of "according to" right after {@code words} (past commas and quote marks), or -1. */
    private static int accordingToAfter(Evidence words, String text) {
        java.util.regex.Matcher m = ACCORDING_TO_NEXT.matcher(text).region(words.end(), text.length());
        return m.lookingAt() ? m.start(1) : -1;
    }

    /** Cues of a source that passes on what it heard: "according to", "reported". */
    private static final java.util.regex.Pattern PASSING_ON = java.util.regex.Pattern.compile("(?i)according to|report(s|ed|ing)?");

    private static final java.util.regex.Pattern ACCORDING_TO_NEXT =
            java.util.regex.Pattern.compile("[\\s,\"“”'‘’]*((?i)according to)\\b");

    /**
     * "The Ruritanian president said Ruritania hoped to join by summer": a country speaking inside the reported words
     * of one who holds an office of that country (a person or body affiliated to it) is that speaker's own view, not a
     * statement of the country's; so is a country's wish ("hoped", status-words.tsv {@code wish-verb}) told by anyone
     * else.
     */
    static boolean ownCountryInOwnWords(AttributionCandidate c, List<AttributionCandidate> accepted, List<Entity> entities,
                                        Map<String, String> bodyCountries) {
        String country = c.statement().speaker();
        if (c.cueAt() < 0 || entities.stream().noneMatch(e -> e.id().equals(country) && e.type() == EntityType.COUNTRY)) {
            return false;
        }
        // "The spokesman said Ruritania hoped ...": a country's wish told by another is the teller's account of it,
        // whoever the teller speaks for; the country said nothing itself.
        boolean wish = WISH_FORMS.contains(c.statement().cue().toLowerCase(java.util.Locale.ROOT));
        for (AttributionCandidate o : accepted) {
            Statement outer = o.statement();
            if (cueInsideContentOf(c, o) && (wish && !outer.speaker().equals(country) || affiliated(outer.speaker(), country, entities, bodyCountries, 2))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether actor {@code id} holds an office of {@code country}, directly or through the body or person its office
     * is of ("spokesman of the Ruritanian Foreign Ministry", "deputy to the Ruritanian president"), following at most
     * {@code depth} such steps; a body whose name holds the country's name or adjective is of that country.
     */
    private static boolean affiliated(String id, String country, List<Entity> entities, Map<String, String> bodyCountries, int depth) {
        Optional<Entity> actor = entities.stream().filter(e -> e.id().equals(id)).findFirst();
        Optional<Entity> state = entities.stream().filter(e -> e.id().equals(country)).findFirst();
        if (actor.isEmpty() || state.isEmpty()) {
            return false;
        }
        if (state.get().label().equals(bodyCountries.get(id))) {
            return true;
        }
        return actor.get().roles().stream().map(Role::ofEntity).filter(Objects::nonNull)
                .anyMatch(of -> of.equals(country) || depth > 1 && affiliated(of, country, entities, bodyCountries, depth - 1));
    }

    /**
     * "According to the Ruritanian news agency, Ana Soto told Ivo Ruiz that talks would resume": a source that only
     * passes on another's report of words tells where the report came from; the statement is the one reported inside
     * it. "According to the agency, Ana Soto invited Ivo Ruiz to Lima" stays the agency's.
     */
    static boolean passesOnAReport(AttributionCandidate c, List<AttributionCandidate> accepted) {
        if (!c.statement().cue().equalsIgnoreCase("according to")) {
            return false;
        }
        for (AttributionCandidate o : accepted) {
            // Only a report of words ("told", "said") passes; "invited", "thanked" tell deeds the source reports. The
            // source's own cue may be unknown (a layout rule's), so only the inner cue is placed.
            if (o != c && cueWithin(o, c.statement().evidence()) && o.features().contains("lexicon=clause")
                    && !o.rule().equals(AttributionModel.MODEL_ONLY_RULE)
                    && !o.statement().speaker().equals(c.statement().speaker())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the cue of {@code c} lies in the content of another candidate that has a cue of its own. */
    private static boolean cueInsideContentOf(AttributionCandidate c, AttributionCandidate outer) {
        return outer != c && outer.cueAt() >= 0 && cueWithin(c, outer.statement().evidence());
    }

    /** Whether the cue of {@code c} lies in the span of {@code content}. */
    private static boolean cueWithin(AttributionCandidate c, Evidence content) {
        return content.begin() <= c.cueAt() && c.cueAt() < content.end();
    }

    /**
     * "The agency reported Ana Soto said talks would resume": a report inside another's content, by another speaker,
     * is a statement of its own, not a duplicate.
     */
    private static boolean nested(Statement a, Statement b) {
        if (a.speaker().equals(b.speaker())) {
            return false;
        }
        Statement outer = a.evidence().end() - a.evidence().begin() >= b.evidence().end() - b.evidence().begin() ? a : b;
        Statement inner = outer == a ? b : a;
        boolean inside = outer.evidence().begin() <= inner.evidence().begin() && inner.evidence().end() <= outer.evidence().end();
        // The outer content must hold more than the inner one: the inner speaker and cue at least.
        return inside && outer.content().length() > inner.content().length() + 8;
    }

    /**
     * "Ana Soto and Ivo Ruiz both said ...": one report, word for word, by each of its joined speakers. Only the cue-verb
     * rule gives one report twice; other rules propose rival speakers for one report, of which the first is kept.
     */
    private static boolean joint(Statement a, Statement b, Set<Statement> fromCueVerbs) {
        return fromCueVerbs.contains(a) && fromCueVerbs.contains(b) && !a.speaker().equals(b.speaker())
                && a.content().equals(b.content()) && a.cue().equals(b.cue())
                && a.evidence().begin() == b.evidence().begin() && a.evidence().end() == b.evidence().end();
    }

    /**
     * "said she had noted the plan and urged Zenda to withdraw": the parser put the appeal inside what was said, so
     * the first statement's content holds it; the appeal, a reporting verb of the lexicon joined by "and" or "but"
     * inside that content, is the speaker's second act and kept beside it.
     */
    private boolean secondAct(Statement outer, Statement inner, Map<Statement, Integer> cues) {
        int cue = cues.getOrDefault(inner, -1);
        if (!outer.speaker().equals(inner.speaker()) || cue <= outer.evidence().begin() || cue >= outer.evidence().end()
                || inner.evidence().begin() <= cue) {
            return false;
        }
        return AFTER_CONJUNCTION.matcher(article.text().substring(outer.evidence().begin(), cue)).matches();
    }

    /** Text that ends with "and" or "but" and the space before a second verb. */
    private static final java.util.regex.Pattern AFTER_CONJUNCTION = java.util.regex.Pattern.compile("(?s).*\\s(and|but)\\s+");

    /** Keeps one statement per content span: the first found, which came from the strongest rule. */
    private List<Statement> dedupe(List<Statement> statements, Set<Statement> fromCueVerbs, Map<Statement, Integer> cues) {
        List<Statement> out = new ArrayList<>();
        for (Statement st : statements) {
            boolean dup = false;
            for (Statement o : out) {
                int b = Math.max(o.evidence().begin(), st.evidence().begin());
                int e = Math.min(o.evidence().end(), st.evidence().end());
                int shorter = Math.min(o.evidence().end() - o.evidence().begin(), st.evidence().end() - st.evidence().begin());
                if (e - b > 0.6 * shorter && !nested(o, st) && !joint(o, st, fromCueVerbs) && !secondAct(o, st, cues)
                        && !secondAct(st, o, cues)) {
                    dup = true;
                    break;
                }
            }
            if (!dup) {
                out.add(st);
            }
        }
        return out;
    }
}
