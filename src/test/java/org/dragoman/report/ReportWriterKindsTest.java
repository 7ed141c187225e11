package org.dragoman.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.dragoman.model.Signing;
import org.dragoman.rdf.ExtractionMapper;
import org.junit.jupiter.api.Test;

/** The report draws every registered kind, a test-only one included, by its class, label and colour. */
class ReportWriterKindsTest {
    @Test
    void registeredKindGetsCountTimelineAndColour() {
        Dataset ds = TDB2Factory.createDataset();
        Txn.executeWrite(ds, () -> ds.addNamedModel("https://w3id.org/dragoman/graph/s1",
                ExtractionMapper.toModel(Signing.inArticle(List.of("person/ana-lima", "person/bo-park")))));
        String html = new ReportWriter(ds, Signing.KINDS).html();
        assertTrue(html.contains(".t-Signing{color:#8d6e63}"), html);
        assertTrue(html.contains("<b class=\"t-Signing\">1</b>Signings"), html);
        assertTrue(html.contains("<b class=\"t-Meeting\">0</b>Meetings"), html);
        assertTrue(html.contains("<td>2020-03-01</td><td class=\"t-Signing\">Signing</td>"), html);

        String plain = new ReportWriter(ds).html();
        assertFalse(plain.contains("Signing"), "unregistered kinds are not drawn");
    }
}
