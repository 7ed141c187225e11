package org.dragoman.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.apache.jena.update.UpdateFactory;
import org.junit.jupiter.api.Test;

class UpdatePolicyTest {
    static final String CUR = "https://w3id.org/dragoman/curation/";
    static final UpdatePolicy STRICT = new UpdatePolicy(CUR, false, false, new ServiceHosts(ServiceHosts.DEFAULT));

    static UpdatePolicy.Verdict check(UpdatePolicy policy, String update) {
        return policy.check(UpdateFactory.create(update));
    }

    @Test
    void curationGraphsMayBeWritten() {
        UpdatePolicy.Verdict v = check(STRICT, "INSERT DATA { GRAPH <" + CUR + "fixes> { <urn:x:envoy> <urn:x:p> 1 } }");
        assertTrue(v.allowed(), v.refusals().toString());
        assertEquals(Set.of(CUR + "fixes"), v.writtenGraphs());
        assertTrue(check(STRICT, "WITH <" + CUR + "a> DELETE { ?s <urn:x:p> ?o } INSERT { ?s <urn:x:q> ?o } WHERE { ?s <urn:x:p> ?o }")
                .allowed());
        assertTrue(check(STRICT, "DROP GRAPH <" + CUR + "a>").allowed());
        assertTrue(check(STRICT, "COPY <https://w3id.org/dragoman/graph/ruritania> TO <" + CUR + "copy>").allowed());
    }

    @Test
    void articleGraphsTheDefaultGraphAndBulkOperationsAreRefused() {
        assertFalse(check(STRICT, "INSERT DATA { GRAPH <https://w3id.org/dragoman/graph/ruritania> { <urn:x:a> <urn:x:p> 1 } }").allowed());
        assertFalse(check(STRICT, "INSERT DATA { <urn:x:a> <urn:x:p> 1 }").allowed());
        assertFalse(check(STRICT, "DROP ALL").allowed());
        assertFalse(check(STRICT, "CLEAR NAMED").allowed());
        assertFalse(check(STRICT, "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }").allowed());
        assertFalse(check(STRICT, "INSERT { GRAPH ?g { <urn:x:a> <urn:x:p> 1 } } WHERE { GRAPH ?g { ?s ?p ?o } }").allowed());
        assertFalse(check(STRICT, "MOVE <" + CUR + "a> TO <https://w3id.org/dragoman/graph/ruritania>").allowed());
    }

    @Test
    void loadAndServiceNeedPermission() {
        UpdatePolicy.Verdict file = check(STRICT, "LOAD <file:///etc/passwd> INTO GRAPH <" + CUR + "x>");
        assertFalse(file.allowed());
        assertTrue(file.refusals().get(0).contains("file:///etc/passwd"), file.refusals().toString());
        assertFalse(check(STRICT, "LOAD <http://news.example/data.ttl> INTO GRAPH <" + CUR + "x>").allowed());
        UpdatePolicy loads = new UpdatePolicy(CUR, true, false, new ServiceHosts(ServiceHosts.DEFAULT));
        assertTrue(check(loads, "LOAD <http://news.example/data.ttl> INTO GRAPH <" + CUR + "x>").allowed());
        assertFalse(check(loads, "LOAD <file:///etc/passwd> INTO GRAPH <" + CUR + "x>").allowed());
        assertFalse(check(STRICT, "INSERT { GRAPH <" + CUR + "x> { ?s ?p ?o } } WHERE { SERVICE <http://internal.example/sparql> { ?s ?p ?o } }")
                .allowed());
        assertTrue(check(STRICT, "INSERT { GRAPH <" + CUR + "x> { ?s ?p ?o } } WHERE { SERVICE <https://query.wikidata.org/sparql> "
                + "{ ?s ?p ?o } }").allowed());
    }

    @Test
    void serviceHostsAcceptOnlyHttpToListedHosts() {
        ServiceHosts hosts = new ServiceHosts(Set.of("Query.Wikidata.org"));
        assertEquals(null, hosts.refusal(org.apache.jena.graph.NodeFactory.createURI("https://query.wikidata.org/sparql")));
        assertTrue(hosts.refusal(org.apache.jena.graph.NodeFactory.createURI("file:///etc/passwd")) != null);
        assertTrue(hosts.refusal(org.apache.jena.graph.NodeFactory.createURI("http://query.wikidata.org.evil.example/")) != null);
        assertTrue(hosts.refusal(org.apache.jena.graph.NodeFactory.createVariable("s")) != null);
    }
}
