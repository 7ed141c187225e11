package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Event;
import org.dragoman.model.Extraction;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.AnnotatedArticle;

/**
 * Turns an annotated article into entities, meetings, visits and statements. Rules propose statements; the
 * {@link AttributionModel} decides which to keep and how confident each is.
 */
public final class Extractor {
    private final EntityExtractor entities;
    private final MeetingExtractor meetings;
    private final StatementExtractor statements;
    private final AttributionModel attribution;

    /** An extractor with the bundled attribution model. */
    public Extractor(Gazetteer gazetteer) {
        this(gazetteer, AttributionModel.bundled());
    }

    public Extractor(Gazetteer gazetteer, AttributionModel attribution) {
        this.entities = new EntityExtractor(gazetteer);
        this.meetings = new MeetingExtractor();
        this.statements = new StatementExtractor(VerbLexicon.bundled(), GenderLexicon.load());
        this.attribution = attribution;
    }

    public Extraction extract(AnnotatedArticle annotated) {
        return draft(annotated).decide(attribution);
    }

    /** Everything the rules find, before the attribution model decides on the statements. */
    public Draft draft(AnnotatedArticle annotated) {
        AnnotatedArticle doc = ApostropheQuotes.complete(PlausibleQuotes.keep(annotated));
        EntityIndex index = entities.extract(doc);
        DateResolver dates = new DateResolver(doc);
        List<Event> events = new ArrayList<>(meetings.extract(doc, index, dates));
        List<AttributionCandidate> candidates = statements.extract(doc, index, dates, events);
        return new Draft(doc.article(), index.entities(), events, candidates);
    }

    public AttributionModel attribution() {
        return attribution;
    }
}
