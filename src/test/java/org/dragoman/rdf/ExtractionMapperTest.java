package org.dragoman.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.dragoman.model.Article;
import org.dragoman.model.Entity;
import org.dragoman.model.EntityType;
import org.dragoman.model.EventDate;
import org.dragoman.model.Evidence;
import org.dragoman.model.Extraction;
import org.dragoman.model.Link;
import org.dragoman.model.Meeting;
import org.dragoman.model.Mode;
import org.dragoman.model.Role;
import org.dragoman.model.SpeechAct;
import org.dragoman.model.Statement;
import org.dragoman.rdf.Dip;
import org.dragoman.model.Status;
import org.junit.jupiter.api.Test;

class ExtractionMapperTest {
    private static final String TEXT = "date 2020-03-02 Ana Lima met Bo Park in Lisbon.";

    static Extraction sample() {
        Article a = new Article("t1", "in/t1.txt", TEXT, 15, LocalDate.of(2020, 3, 2));
        String sentence = "Ana Lima met Bo Park in Lisbon.";
        Entity ana = new Entity("person/ana-lima", EntityType.PERSON, "Ana Lima", List.of("Lima"),
                List.of(new Evidence(sentence, 16, 24)), List.of(new Role("Foreign Minister", "country/portugal")), null);
        Entity bo = new Entity("person/bo-park", EntityType.PERSON, "Bo Park", List.of(),
                List.of(new Evidence(sentence, 29, 36)), List.of(), null);
        Entity lisbon = new Entity("city/lisbon", EntityType.CITY, "Lisbon", List.of(),
                List.of(new Evidence(sentence, 40, 46)), List.of(), new Link("Q597", "Lisbon", 0.95));
        Entity portugal = new Entity("country/portugal", EntityType.COUNTRY, "Portugal", List.of(),
                List.of(new Evidence(sentence, 40, 46)), List.of(), new Link("Q45", null, 0.95));
        Meeting m = new Meeting(List.of("person/ana-lima", "person/bo-park"), Mode.IN_PERSON, Status.OCCURRED,
                new EventDate("2020-03"), "city/lisbon", "met", new Evidence(sentence, 16, 47), 0.8);
        Statement s = new Statement("person/ana-lima", "person/bo-park", "talks went well", "said", true,
                SpeechAct.STATEMENT, Status.OCCURRED, null, null, new Evidence(sentence, 16, 47), 0.75);
        return new Extraction(a, List.of(ana, bo, lisbon, portugal), List.of(m, s));
    }

    @Test
    void mapsToExpectedGraph() {
        Model actual = ExtractionMapper.toModel(sample());
        String hash = ExtractionMapper.contentHash(sample().article());
        String expectedTtl = """
            PREFIX dip: <https://w3id.org/dragoman/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX schema: <https://schema.org/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX id: <https://w3id.org/dragoman/id/>
            PREFIX doc: <https://w3id.org/dragoman/doc/>
            doc:t1 a dip:Document ; dcterms:title "Ana Lima met Bo Park in Lisbon." ; dcterms:source "in/t1.txt" ;
                dip:text "%s" ; dip:contentHash "%s" ; dip:extractionFingerprint "%s" ; dip:dragomanVersion "%s" ;
                dcterms:date "2020-03-02"^^xsd:date .
            <https://w3id.org/dragoman/doc/t1#16-24> a dip:Evidence ; dip:document doc:t1 ; dip:sentence "Ana Lima met Bo Park in Lisbon." ; dip:begin 16 ; dip:end 24 .
            <https://w3id.org/dragoman/doc/t1#29-36> a dip:Evidence ; dip:document doc:t1 ; dip:sentence "Ana Lima met Bo Park in Lisbon." ; dip:begin 29 ; dip:end 36 .
            <https://w3id.org/dragoman/doc/t1#40-46> a dip:Evidence ; dip:document doc:t1 ; dip:sentence "Ana Lima met Bo Park in Lisbon." ; dip:begin 40 ; dip:end 46 .
            <https://w3id.org/dragoman/doc/t1#16-47> a dip:Evidence ; dip:document doc:t1 ; dip:sentence "Ana Lima met Bo Park in Lisbon." ; dip:begin 16 ; dip:end 47 .
            id:person\\/ana-lima a dip:Person, dip:Actor ; rdfs:label "Ana Lima" ; dip:alias "Lima" ;
                dip:mention <https://w3id.org/dragoman/doc/t1#16-24> ; dip:holds <%s> .
            <%s> a dip:Role ; dip:title "Foreign Minister" ; dip:roleOf id:Q45 ; dip:validAt "2020-03-02"^^xsd:date .
            id:person\\/bo-park a dip:Person, dip:Actor ; rdfs:label "Bo Park" ; dip:mention <https://w3id.org/dragoman/doc/t1#29-36> .
            id:Q597 a dip:City, dip:Place ; rdfs:label "Lisbon" ; owl:sameAs <http://www.wikidata.org/entity/Q597> ;
                schema:sameAs <https://en.wikipedia.org/wiki/Lisbon> ; dip:confidence 0.950 ;
                dip:mention <https://w3id.org/dragoman/doc/t1#40-46> .
            id:Q45 a dip:Country, dip:Actor, dip:Place ; rdfs:label "Portugal" ; owl:sameAs <http://www.wikidata.org/entity/Q45> ;
                dip:confidence 0.950 ; dip:mention <https://w3id.org/dragoman/doc/t1#40-46> .
            <%s> a dip:Meeting ; dip:status dip:Occurred ; dip:mode dip:InPerson ; dip:date "2020-03"^^xsd:gYearMonth ;
                dip:location id:Q597 ; dip:participant id:person\\/ana-lima, id:person\\/bo-park ; dip:trigger "met" ;
                dip:confidence 0.800 ; dip:evidence <https://w3id.org/dragoman/doc/t1#16-47> .
            <%s> a dip:Statement ; dip:status dip:Occurred ; dip:speaker id:person\\/ana-lima ; dip:addressee id:person\\/bo-park ;
                dip:content "talks went well" ; dip:cue "said" ; dip:direct true ; dip:speechAct "statement" ; dip:cameo "01" ;
                dip:confidence 0.750 ; dip:evidence <https://w3id.org/dragoman/doc/t1#16-47> .
            """.formatted(TEXT, hash, ExtractionFingerprint.current(), ExtractionFingerprint.dragomanVersion(), roleIri(), roleIri(),
                eventIri(0), eventIri(1));
        Model expected = ModelFactory.createDefaultModel().read(new StringReader(expectedTtl), null, "TTL");
        assertTrue(expected.isIsomorphicWith(actual), () -> {
            var w = new java.io.StringWriter();
            actual.write(w, "TTL");
            return "Mapped graph differs:\n" + w;
        });
    }

    private static String roleIri() {
        Extraction x = sample();
        return Iris.role(Iris.entity(x.entities().get(0)), x.entities().get(0).roles().get(0), Iris.entity(x.entities().get(3)));
    }

    private static String eventIri(int i) {
        Extraction x = sample();
        return Iris.event(x.article(), x.events().get(i));
    }

    @Test
    void irisAreDeterministicAndSharedAcrossArticles() {
        Extraction x = sample();
        assertEquals(Iris.event(x.article(), x.events().get(0)), Iris.event(x.article(), x.events().get(0)));
        assertNotEquals(Iris.event(x.article(), x.events().get(0)), Iris.event(x.article(), x.events().get(1)));
        Entity twin = new Entity("person/ana-lima~2", EntityType.PERSON, "Ana Lima", List.of(), List.of(), List.of(), null);
        assertEquals(Iris.entity(x.entities().get(0)), Iris.entity(twin));
        assertEquals("https://w3id.org/dragoman/id/Q597", Iris.entity(x.entities().get(2)));
        assertEquals("https://w3id.org/dragoman/graph/t1", Iris.graph("t1"));
    }
    @Test
    void twoClustersLinkedToOneItemShareOneLabel() {
        Extraction x = sample();
        Entity again = new Entity("city/lisboa", EntityType.CITY, "Lisboa", List.of(), List.of(), List.of(),
                new Link("Q597", "Lisbon", 0.7));
        List<Entity> entities = new java.util.ArrayList<>(x.entities());
        entities.add(again);
        Model m = ExtractionMapper.toModel(x.withEntities(entities));
        org.apache.jena.rdf.model.Resource lisbon = m.createResource("https://w3id.org/dragoman/id/Q597");
        assertEquals(1, m.listObjectsOfProperty(lisbon, org.apache.jena.vocabulary.RDFS.label).toList().size());
        assertEquals("Lisbon", lisbon.getProperty(org.apache.jena.vocabulary.RDFS.label).getString());
        assertEquals(1, m.listObjectsOfProperty(lisbon, Dip.confidence).toList().size());
        assertTrue(m.contains(lisbon, Dip.alias, "Lisboa"));
    }

    @Test
    void aJointStatementHasASpeakerForEachPartyAndValidates() {
        Extraction x = sample();
        Statement one = (Statement) x.events().get(1);
        Model m = ExtractionMapper.toModel(x.withEvents(List.of(x.events().get(0), one.withCoSpeakers(List.of("person/bo-park")))));
        assertEquals(List.of(), GraphValidator.bundled().violations(m.getGraph()));
        org.apache.jena.rdf.model.Resource st = m.listSubjectsWithProperty(Dip.content, "talks went well").next();
        assertEquals(2, st.listProperties(Dip.speaker).toList().size());
    }

    @Test
    void stateBodyAffiliatedWithItsCountryValidates() {
        Extraction x = sample();
        Entity ministry = new Entity("organization/portuguese-foreign-ministry", EntityType.ORGANIZATION,
                "Portuguese foreign ministry", List.of("Ministry of Foreign Affairs of Portugal"), List.of(),
                List.of(new Role("foreign ministry", "country/portugal")), null);
        List<Entity> entities = new java.util.ArrayList<>(x.entities());
        entities.add(ministry);
        Model m = ExtractionMapper.toModel(x.withEntities(entities));
        assertEquals(List.of(), GraphValidator.bundled().violations(m.getGraph()));
        org.apache.jena.rdf.model.Resource body = m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.label,
                "Portuguese foreign ministry").next();
        org.apache.jena.rdf.model.Resource role = body.getPropertyResourceValue(Dip.holds);
        assertEquals("foreign ministry", role.getProperty(Dip.title).getString());
        assertEquals("https://w3id.org/dragoman/id/Q45", role.getPropertyResourceValue(Dip.roleOf).getURI());
    }

    @Test
    void anotherFingerprintMakesTheArticleChanged() {
        var article = sample().article();
        assertTrue(ExtractionFingerprint.current().matches("[0-9a-f]{16}"));
        assertEquals(ExtractionMapper.contentHash(article), ExtractionMapper.contentHash(article, ExtractionFingerprint.current()));
        assertTrue(!ExtractionMapper.contentHash(article, "0000000000000000").equals(ExtractionMapper.contentHash(article)));
    }

    @Test
    void fingerprintChangesWithAnyEntryAndNotWithOrder() {
        var a = new java.util.LinkedHashMap<String, byte[]>();
        a.put("org/dragoman/extract/verbs.tsv", new byte[] {1, 2});
        a.put("org/dragoman/extract/Rule.class", new byte[] {3});
        var b = new java.util.LinkedHashMap<String, byte[]>();
        b.put("org/dragoman/extract/Rule.class", new byte[] {3});
        b.put("org/dragoman/extract/verbs.tsv", new byte[] {1, 2});
        assertEquals(ExtractionFingerprint.digest(a), ExtractionFingerprint.digest(b));
        b.put("org/dragoman/extract/verbs.tsv", new byte[] {1, 3});
        assertTrue(!ExtractionFingerprint.digest(a).equals(ExtractionFingerprint.digest(b)));
    }

    @Test
    void eventIriIgnoresConfidenceStatusAndDateButNotItsActors() {
        Extraction x = sample();
        Meeting m = (Meeting) x.events().get(0);
        String iri = Iris.event(x.article(), m);
        Meeting reextracted = new Meeting(m.participants(), m.mode(), Status.PLANNED, new EventDate("2020-03-02"), m.place(),
                m.trigger(), m.evidence(), 0.55);
        assertEquals(iri, Iris.event(x.article(), reextracted));
        Meeting other = new Meeting(List.of("person/ana-lima", "city/lisbon"), m.mode(), m.status(), m.date(), m.place(),
                m.trigger(), m.evidence(), m.confidence());
        assertNotEquals(iri, Iris.event(x.article(), other));
    }

    @Test
    void twoEventsAlikeInWhatIdentifiesThemGetTwoIris() {
        Extraction x = sample();
        Meeting m = (Meeting) x.events().get(0);
        Meeting again = new Meeting(m.participants(), m.mode(), m.status(), new EventDate("2020-03-05"), m.place(), m.trigger(),
                m.evidence(), m.confidence());
        Model model = ExtractionMapper.toModel(new Extraction(x.article(), x.entities(), List.of(m, again)));
        String iri = Iris.event(x.article(), m);
        assertTrue(model.containsResource(model.createResource(iri)));
        assertTrue(model.containsResource(model.createResource(iri + "-2")));
    }
}
