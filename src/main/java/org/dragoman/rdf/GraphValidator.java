package org.dragoman.rdf;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.dragoman.model.DragomanException;

/** Validates graphs against the SHACL shapes of {@code ontology/shapes.ttl}, bundled in the jar. */
public final class GraphValidator {
    private static final String SHAPES = "/org/dragoman/ontology/shapes.ttl";
    private final Shapes shapes;

    private GraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static GraphValidator bundled() {
        return of(bundledShapes().getGraph());
    }

    /** A validator for other shapes, such as the bundled ones with a new kind's shape added. */
    public static GraphValidator of(Graph shapes) {
        return new GraphValidator(Shapes.parse(shapes));
    }

    /** The bundled shapes as a new model, free to extend. */
    public static Model bundledShapes() {
        try (InputStream in = GraphValidator.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new DragomanException(SHAPES + ": SHACL shapes missing from the class path");
            }
            Model m = ModelFactory.createDefaultModel();
            RDFDataMgr.read(m, in, Lang.TURTLE);
            return m;
        } catch (java.io.IOException e) {
            throw new DragomanException(SHAPES + ": cannot read SHACL shapes: " + e.getMessage(), e);
        }
    }

    /** Violations as readable lines ("focus node, path: message"); empty when the graph conforms. */
    public List<String> violations(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message());
        }
        return out;
    }
}
