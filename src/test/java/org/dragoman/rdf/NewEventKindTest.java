package org.dragoman.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.dragoman.model.Extraction;
import org.dragoman.model.Signing;
import org.junit.jupiter.api.Test;

/** A kind the mapper has never heard of ({@link Signing}, test-only) is mapped and validated like the others. */
class NewEventKindTest {
    private static GraphValidator validatorWithSigning() {
        Model shapes = GraphValidator.bundledShapes();
        shapes.read(new StringReader(Signing.SHAPES), null, "TTL");
        return GraphValidator.of(shapes.getGraph());
    }

    @Test
    void newKindIsMappedFromItsKindAndAttributes() {
        Extraction x = Signing.inArticle(List.of("person/ana-lima", "person/bo-park"));
        Model m = ExtractionMapper.toModel(x);
        String iri = Iris.event(x.article(), x.events().get(0));
        assertTrue(iri.startsWith("https://w3id.org/dragoman/doc/s1/signing/0-"), iri);
        Resource r = m.createResource(iri);
        assertTrue(m.contains(r, RDF.type, Dip.resource("Signing")));
        assertEquals(2, m.listObjectsOfProperty(r, Dip.participant).toList().size());
        assertTrue(m.contains(r, Dip.property("agreement"), "fishing accord"));
        assertTrue(m.contains(r, Dip.status, Dip.Occurred));
        assertTrue(m.contains(r, Dip.location, m.createResource("https://w3id.org/dragoman/id/city/lisbon")));
    }

    @Test
    void newKindPassesItsShapeAndTheEventShape() {
        GraphValidator validator = validatorWithSigning();
        assertEquals(List.of(), validator.violations(ExtractionMapper.toModel(Signing.inArticle(List.of("person/ana-lima", "person/bo-park"))).getGraph()));
        // The added lines take effect: one party is too few for this kind's shape.
        List<String> violations = validator.violations(ExtractionMapper.toModel(Signing.inArticle(List.of("person/ana-lima"))).getGraph());
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("participant"), violations::toString);
        // The existing kinds still conform to the extended shapes.
        assertEquals(List.of(), validator.violations(ExtractionMapper.toModel(ExtractionMapperTest.sample()).getGraph()));
    }
}
