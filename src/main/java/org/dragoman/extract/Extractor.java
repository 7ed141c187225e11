package org.dragoman.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.Event;
import org.dragoman.model.Extraction;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.AnnotatedArticle;

/**
 * Turns an annotated article into entities, meetings, visits and statements. Rules propose statements; the
 * {@link AttributionModel} decides which to keep and how confident each is.
 */
public final class Extractor {
    /**
     * The repairs of misread parses, in the order they run: each reads what the ones before it left (a name joined
     * first, then the verbs and clauses around it).
     */
    private static final List<UnaryOperator<AnnotatedArticle>> PARSE_REPAIRS = List.of(
            HyphenatedTitleRepair::repair, PluralTitleRepair::repair, VerbInNameRepair::repair, MonthSurnameRepair::repair,
            JoinedSurnamesRepair::repair,
            PronounGivenNameRepair::repair, TitleOfCountryRepair::repair,
            SplitNameRepair::repair, TitleHeadRepair::repair, DoubleTitleRepair::repair, CaptionPositionRepair::repair,
            FiniteParticipleRepair::repair,
            NumberedGroupRepair::repair,
            QuotedInfinitiveRepair::repair,
            GerundRepair::repair,
            DateSubjectRepair::repair, TimeUnitCompoundRepair::repair, HeldTalksRepair::repair, CompoundTalksRepair::repair,
            LedGroupRepair::repair, AppositiveSubjectRepair::repair,
            ClosingSpeakerRepair::repair, ClosingClauseRepair::repair,
            TrailingAppositionRepair::repair, TitleAppositionRepair::repair, DurationSubjectRepair::repair,
            AbsoluteWithRepair::repair, ClauseAfterRepair::repair, IntentionSubjectRepair::repair,
            ClosingDescriptionRepair::repair, StrandedSubjectRepair::repair, AdjacentSubjectRepair::repair,
            RelativeClauseRootRepair::repair, WhoObjectRepair::repair, WhoClauseRepair::repair, ParticipleAsideRepair::repair,
            ClosedRelativeConjunctRepair::repair,
            TenseConjunctRepair::repair, GappedTimeRepair::repair, ReportConjunctRepair::repair, ReportedAsClauseRepair::repair,
            ParticipleConjunctRepair::repair,
            ClausalSubjectRepair::repair, ReducedRelativeRepair::repair, InfinitiveAdjectiveRepair::repair, PurposeInfinitiveRepair::repair,
            DisplacedObjectRepair::repair,
            TitledConjunctRepair::repair, ReportedInfinitiveRepair::repair, OpeningParticipleRepair::repair,
            HearerClauseRepair::repair, SpeakingMarkRepair::repair, CommaHeadRepair::repair,
            NameListRepair::repair, TopicWithRepair::repair, ReportedWithRepair::repair, PassiveTimeObjectRepair::repair,
            SharedSubjectRepair::repair, AmongThemRepair::repair);

    /** Splits an organisation's name into words, dropping a possessive "'s". */
    private static final java.util.regex.Pattern NAME_WORDS = java.util.regex.Pattern.compile("\\s+|'s\\b|’s\\b");

    private final Gazetteer gazetteer;
    private final EntityExtractor entities;
    private final MeetingExtractor meetings;
    private final StatementExtractor statements;
    private final AttributionModel attribution;
    private final RuleCoreference coreference;

    /** An extractor with the bundled attribution model and Dragoman's coreference rules. */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, AttributionModel.bundled());
    }

    /**
     * An extractor with Dragoman's coreference rules for articles annotated without CoreNLP's coreference, and its
     * title rule ("the minister") for descriptions CoreNLP's chains left alone.
     */
    public Extractor(Gazetteer gazetteer, AttributionModel attribution) {
        this(gazetteer, attribution, true);
    }

    /**
     * @param ruleCoreference whether an article without coreference chains gets {@link RuleCoreference}'s, and one with
     *                        chains its descriptions; off only to measure extraction with no coreference at all
     */
    public Extractor(Gazetteer gazetteer, AttributionModel attribution, boolean ruleCoreference) {
        this.gazetteer = gazetteer;
        this.coreference = ruleCoreference ? new RuleCoreference() : null;
        this.entities = new EntityExtractor(gazetteer);
        GenderLexicon genders = GenderLexicon.load();
        VerbLexicon verbs = VerbLexicon.bundled();
        this.meetings = new MeetingExtractor(genders, verbs, gazetteer);
        this.statements = new StatementExtractor(verbs, genders);
        this.attribution = attribution;
    }

    public Extraction extract(AnnotatedArticle annotated) {
        return draft(annotated).decide(attribution);
    }

    /** Everything the rules find, before the attribution model decides on the statements. */
    public Draft draft(AnnotatedArticle annotated) {
        AnnotatedArticle doc = MixedMarkQuotes.complete(ApostropheQuotes.complete(PlausibleQuotes.keep(annotated)));
        doc = CompassCountryRepair.repair(doc, gazetteer);
        for (UnaryOperator<AnnotatedArticle> repair : PARSE_REPAIRS) {
            doc = repair.apply(doc);
        }
        if (coreference != null) {
            // After the quotes are settled: a name inside a quotation is never an antecedent.
            doc = doc.corefChains().isEmpty() ? coreference.resolve(doc) : coreference.describe(doc);
        }
        EntityIndex index = entities.extract(doc);
        DateResolver dates = new DateResolver(doc);
        List<Event> events = new ArrayList<>(meetings.extract(doc, index, dates));
        List<AttributionCandidate> candidates = statements.extract(doc, index, dates, events);
        return new Draft(doc.article(), index.entities(), events, candidates, bodyCountries(index.entities()));
    }

    /**
     * The country each organisation's name tells by a word the table knows as a country or its adjective
     * ("Ruritanian Foreign Ministry", "Ruritania's embassy"), by entity id; the first such word counts.
     */
    private Map<String, String> bodyCountries(List<Entity> entities) {
        Map<String, String> out = new HashMap<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (String word : NAME_WORDS.split(e.label())) {
                if (word.isBlank()) {
                    continue;
                }
                Optional<String> country = gazetteer.countryOfDemonym(word)
                        .or(() -> gazetteer.typeOf(word).filter(ty -> ty == EntityType.COUNTRY).map(ty -> word));
                if (country.isPresent()) {
                    out.put(e.id(), country.get());
                    break;
                }
            }
        }
        return out;
    }

    public AttributionModel attribution() {
        return attribution;
    }
}
