package org.dragoman.extract;

import java.util.ArrayList;
import java.util.List;
import org.dragoman.model.Event;
import org.dragoman.model.Extraction;
import org.dragoman.model.Gazetteer;
import org.dragoman.nlp.AnnotatedArticle;

/** Turns an annotated article into entities, meetings, visits and statements. */
public final class Extractor {
    private final EntityExtractor entities;
    private final MeetingExtractor meetings;
    private final GenderLexicon genders;

    public Extractor(Gazetteer gazetteer) {
        this.entities = new EntityExtractor(gazetteer);
        this.meetings = new MeetingExtractor();
        this.genders = GenderLexicon.load();
    }

    public Extraction extract(AnnotatedArticle annotated) {
        AnnotatedArticle doc = ApostropheQuotes.complete(annotated);
        EntityIndex index = entities.extract(doc);
        DateResolver dates = new DateResolver(doc);
        List<Event> events = new ArrayList<>(meetings.extract(doc, index, dates));
        events.addAll(new StatementExtractor(doc, genders).extract(index, dates, events));
        return new Extraction(doc.article(), index.entities(), events);
    }
}
