package org.dragoman.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;
import org.dragoman.model.Article;
import org.dragoman.model.Attribute;
import org.dragoman.model.DragomanException;
import org.dragoman.model.Entity;
import org.dragoman.model.Event;
import org.dragoman.model.EventDate;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.dragoman.model.Role;

/**
 * Writes one article's extraction as the RDF of its named graph, in the {@code dip:} vocabulary.
 *
 * <p>Events are mapped without knowing their kind: the class comes from {@link Event#kind()} and the kind's own
 * properties from {@link Event#attributes()}, so a new kind of event needs no code here.
 */
public final class ExtractionMapper {
    private ExtractionMapper() {
    }

    /**
     * The hash that decides whether an article must be ingested again: of the article and of the code and data that
     * extract it ({@link ExtractionFingerprint}), so that an upgrade re-extracts every article.
     */
    public static String contentHash(Article article) {
        return contentHash(article, ExtractionFingerprint.current());
    }

    static String contentHash(Article article, String fingerprint) {
        return Iris.hash(fingerprint + "\n" + article.source() + "\n" + article.date() + "\n" + article.text());
    }

    public static Model toModel(Extraction x) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix(Dip.PREFIX, Dip.NS);
        m.setNsPrefix("dcterms", DCTerms.NS);
        m.setNsPrefix("owl", OWL.NS);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("xsd", XSD.NS);
        m.setNsPrefix("wd", Iris.WIKIDATA);
        m.setNsPrefix("schema", SchemaDO.NS);
        Article a = x.article();
        Resource doc = m.createResource(Iris.document(a), Dip.Document);
        doc.addProperty(DCTerms.title, a.title());
        doc.addProperty(DCTerms.source, a.source());
        doc.addProperty(Dip.text, a.text());
        doc.addProperty(Dip.contentHash, contentHash(a));
        doc.addProperty(Dip.extractionFingerprint, ExtractionFingerprint.current());
        doc.addProperty(Dip.dragomanVersion, ExtractionFingerprint.dragomanVersion());
        a.publicationDate().ifPresent(d -> doc.addProperty(DCTerms.date, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));

        Map<String, Resource> entities = new HashMap<>();
        for (Entity e : x.entities()) {
            entities.put(e.id(), m.createResource(Iris.entity(e)));
        }
        for (Entity e : x.entities()) {
            Resource r = entities.get(e.id());
            switch (e.type()) {
                case PERSON -> r.addProperty(RDF.type, Dip.Person).addProperty(RDF.type, Dip.Actor);
                case ORGANIZATION -> r.addProperty(RDF.type, Dip.Organization).addProperty(RDF.type, Dip.Actor);
                case COUNTRY -> r.addProperty(RDF.type, Dip.Country).addProperty(RDF.type, Dip.Actor)
                        .addProperty(RDF.type, Dip.Place);
                case CITY -> r.addProperty(RDF.type, Dip.City).addProperty(RDF.type, Dip.Place);
                case PLACE -> r.addProperty(RDF.type, Dip.Place);
            }
            // Two clusters of one article can link to one Wikidata item, and so share an IRI: the first named keeps
            // the one label, the other's names become aliases.
            boolean first = !r.hasProperty(RDFS.label);
            r.addProperty(first ? RDFS.label : Dip.alias, e.label());
            for (String alias : e.aliases()) {
                r.addProperty(Dip.alias, alias);
            }
            if (e.link() != null && first) {
                r.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(e.link().qid())));
                if (e.link().wikipediaTitle() != null) {
                    r.addProperty(SchemaDO.sameAs, m.createResource(Iris.wikipedia(e.link().wikipediaTitle())));
                }
                r.addLiteral(Dip.confidence, decimal(m, e.link().confidence()));
                if (e.link().reason() != null) {
                    r.addProperty(Dip.linkReason, e.link().reason());
                }
            }
            for (Evidence ev : e.mentions()) {
                r.addProperty(Dip.mention, evidence(m, doc, ev));
            }
            for (Role role : e.roles()) {
                Resource of = role.ofEntity() == null ? null : entities.get(role.ofEntity());
                Resource node = m.createResource(Iris.role(r.getURI(), role, of == null ? null : of.getURI()), Dip.Role);
                node.addProperty(Dip.title, role.title());
                if (of != null) {
                    node.addProperty(Dip.roleOf, of);
                }
                if (role.positionQid() != null) {
                    node.addProperty(Dip.position, m.createResource(Iris.wikidata(role.positionQid())));
                }
                if (role.start() != null) {
                    node.addProperty(Dip.start, dateLiteral(m, new EventDate(role.start())));
                }
                if (role.end() != null) {
                    node.addProperty(Dip.endDate, dateLiteral(m, new EventDate(role.end())));
                }
                a.publicationDate().ifPresent(d -> node.addProperty(Dip.validAt, m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
                r.addProperty(Dip.holds, node);
            }
        }
        Map<String, Integer> minted = new HashMap<>();
        for (Event ev : x.events()) {
            // Two events alike in all that identifies them keep apart: the later one is numbered, in reading order.
            String iri = Iris.event(a, ev);
            int seen = minted.merge(iri, 1, Integer::sum);
            Resource r = m.createResource(seen == 1 ? iri : iri + "-" + seen);
            r.addProperty(Dip.status, status(ev));
            if (ev.date() != null) {
                r.addProperty(Dip.date, dateLiteral(m, ev.date()));
            }
            if (ev.place() != null) {
                r.addProperty(Dip.location, ref(entities, ev.place(), a));
            }
            r.addProperty(Dip.evidence, evidence(m, doc, ev.evidence()));
            r.addLiteral(Dip.confidence, decimal(m, ev.confidence()));
            r.addProperty(RDF.type, Dip.resource(ev.kind().rdfClass()));
            for (Attribute at : ev.attributes()) {
                Property p = Dip.property(at.property());
                switch (at.type()) {
                    case ENTITY -> r.addProperty(p, ref(entities, at.value(), a));
                    case TERM -> r.addProperty(p, Dip.resource(at.value()));
                    case TEXT -> r.addProperty(p, at.value());
                    case BOOLEAN -> r.addLiteral(p, m.createTypedLiteral(Boolean.parseBoolean(at.value())));
                }
            }
        }
        return m;
    }

    private static Resource ref(Map<String, Resource> entities, String id, Article a) {
        Resource r = entities.get(id);
        if (r == null) {
            throw new DragomanException(a.source() + ": event refers to unknown entity " + id);
        }
        return r;
    }

    private static Resource status(Event ev) {
        return switch (ev.status()) {
            case OCCURRED -> Dip.Occurred;
            case PLANNED -> Dip.Planned;
            case CANCELLED -> Dip.Cancelled;
            case DENIED -> Dip.Denied;
            case HYPOTHETICAL -> Dip.Hypothetical;
        };
    }

    private static Resource evidence(Model m, Resource doc, Evidence ev) {
        return m.createResource(Iris.evidence(doc.getURI(), ev.begin(), ev.end()), Dip.Evidence)
                .addProperty(Dip.document, doc)
                .addProperty(Dip.sentence, ev.sentence())
                .addLiteral(Dip.begin, m.createTypedLiteral(Integer.toString(ev.begin()), XSDDatatype.XSDinteger))
                .addLiteral(Dip.end, m.createTypedLiteral(Integer.toString(ev.end()), XSDDatatype.XSDinteger));
    }

    static Literal dateLiteral(Model m, EventDate d) {
        return switch (d.precision()) {
            case DAY -> m.createTypedLiteral(d.iso(), XSDDatatype.XSDdate);
            case MONTH -> m.createTypedLiteral(d.iso(), XSDDatatype.XSDgYearMonth);
            case YEAR -> m.createTypedLiteral(d.iso(), XSDDatatype.XSDgYear);
        };
    }

    private static Literal decimal(Model m, double v) {
        return m.createTypedLiteral(BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_UP).toPlainString(), XSDDatatype.XSDdecimal);
    }
}
