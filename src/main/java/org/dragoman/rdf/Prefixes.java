package org.dragoman.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of Dragoman's graphs, the same as in {@code ontology/context.jsonld}, for exports that can carry them. */
public final class Prefixes {
    private Prefixes() {
    }

    /** A new, locked mapping: dip, dcterms, rdf, rdfs, owl, xsd, schema, wd, and doc and graph for Dragoman's own IRIs. */
    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix(Dip.PREFIX, Dip.NS)
                .setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("rdf", RDF.uri)
                .setNsPrefix("rdfs", RDFS.uri)
                .setNsPrefix("owl", OWL.NS)
                .setNsPrefix("xsd", XSD.NS)
                .setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("wd", Iris.WIKIDATA)
                .setNsPrefix("doc", Iris.document("x").replaceFirst("x$", ""))
                .setNsPrefix("graph", Iris.graph("x").replaceFirst("x$", ""))
                .lock();
    }
}
