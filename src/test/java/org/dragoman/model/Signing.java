package org.dragoman.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A made-up event kind that exists only in tests: parties sign an agreement. It proves that a new kind reaches
 * RDF, SHACL validation, eval and the report with a record, a registry entry and shape lines alone.
 */
public record Signing(List<String> parties, String agreement, Status status, EventDate date, String place,
                      Evidence evidence, double confidence) implements Event {
    public static final EventKind KIND = new EventKind("signing", "Signing", EventKind.Scoring.EVENT, "Signings", "#8d6e63");

    /** The registry entry: the default kinds and this one. */
    public static final EventKinds KINDS = EventKinds.DEFAULT.with(KIND);

    /** Its shape and its place among the events, as {@code ontology/shapes.ttl} would hold them. */
    public static final String SHAPES = """
            PREFIX sh:     <http://www.w3.org/ns/shacl#>
            PREFIX dip:    <https://w3id.org/dragoman/ontology#>
            PREFIX xsd:    <http://www.w3.org/2001/XMLSchema#>
            PREFIX shapes: <https://w3id.org/dragoman/shapes#>
            shapes:Event sh:targetClass dip:Signing .
            shapes:Signing a sh:NodeShape ;
                sh:targetClass dip:Signing ;
                sh:property [ sh:path dip:participant ; sh:minCount 2 ; sh:class dip:Actor ] ;
                sh:property [ sh:path dip:agreement ; sh:minCount 1 ; sh:maxCount 1 ; sh:datatype xsd:string ] .
            """;

    private static final String SENTENCE = "Ana Lima and Bo Park signed a fishing accord in Lisbon.";

    /** An article in which a made-up kind of event was found; for the tests of each stage. */
    public static Extraction inArticle(List<String> parties) {
        Article a = new Article("s1", "in/s1.txt", SENTENCE, 0, LocalDate.of(2020, 3, 2));
        Entity ana = new Entity("person/ana-lima", EntityType.PERSON, "Ana Lima", List.of(), List.of(new Evidence(SENTENCE, 0, 8)),
                List.of(), null);
        Entity bo = new Entity("person/bo-park", EntityType.PERSON, "Bo Park", List.of(), List.of(new Evidence(SENTENCE, 13, 20)),
                List.of(), null);
        Entity lisbon = new Entity("city/lisbon", EntityType.CITY, "Lisbon", List.of(), List.of(new Evidence(SENTENCE, 48, 54)),
                List.of(), null);
        Signing s = new Signing(parties, "fishing accord", Status.OCCURRED, new EventDate("2020-03-01"), "city/lisbon",
                new Evidence(SENTENCE, 0, 55), 0.7);
        return new Extraction(a, List.of(ana, bo, lisbon), List.of(s));
    }

    public Signing {
        parties = List.copyOf(parties);
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(evidence, "evidence");
        Event.checkConfidence(confidence);
    }

    @Override
    public EventKind kind() {
        return KIND;
    }

    @Override
    public List<Attribute> attributes() {
        List<Attribute> out = new ArrayList<>();
        parties.forEach(p -> out.add(Attribute.entity(Attribute.PARTICIPANT, p)));
        out.add(Attribute.text("agreement", agreement));
        return out;
    }
}
