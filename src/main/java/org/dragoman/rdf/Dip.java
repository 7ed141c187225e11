package org.dragoman.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The {@code dip:} vocabulary of {@code ontology/diplomacy.ttl}. */
public final class Dip {
    public static final String NS = "https://w3id.org/dragoman/ontology#";
    public static final String PREFIX = "dip";

    public static final Resource Document = resource("Document");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource Country = resource("Country");
    public static final Resource Place = resource("Place");
    public static final Resource City = resource("City");
    public static final Resource Role = resource("Role");
    public static final Resource Event = resource("Event");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource Visit = resource("Visit");
    public static final Resource Statement = resource("Statement");

    public static final Resource InPerson = resource("InPerson");
    public static final Resource Phone = resource("Phone");
    public static final Resource Video = resource("Video");
    public static final Resource Occurred = resource("Occurred");
    public static final Resource Planned = resource("Planned");
    public static final Resource Cancelled = resource("Cancelled");
    public static final Resource Denied = resource("Denied");
    public static final Resource Hypothetical = resource("Hypothetical");

    public static final Property text = property("text");
    public static final Property contentHash = property("contentHash");
    public static final Property extractionFingerprint = property("extractionFingerprint");
    public static final Property dragomanVersion = property("dragomanVersion");
    public static final Property evidence = property("evidence");
    public static final Property mention = property("mention");
    public static final Property document = property("document");
    public static final Property sentence = property("sentence");
    public static final Property begin = property("begin");
    public static final Property end = property("end");
    public static final Property confidence = property("confidence");
    public static final Property linkReason = property("linkReason");
    public static final Property alias = property("alias");
    public static final Property holds = property("holds");
    public static final Property title = property("title");
    public static final Property roleOf = property("roleOf");
    public static final Property position = property("position");
    public static final Property start = property("start");
    public static final Property endDate = property("endDate");
    public static final Property validAt = property("validAt");
    public static final Property participant = property("participant");
    public static final Property host = property("host");
    public static final Property location = property("location");
    public static final Property date = property("date");
    public static final Property trigger = property("trigger");
    public static final Property mode = property("mode");
    public static final Property status = property("status");
    public static final Property speaker = property("speaker");
    public static final Property addressee = property("addressee");
    public static final Property content = property("content");
    public static final Property cue = property("cue");
    public static final Property direct = property("direct");
    public static final Property speechAct = property("speechAct");
    public static final Property cameo = property("cameo");

    private Dip() {
    }

    /** The class or individual {@code dip:local}. */
    public static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    /** The property {@code dip:local}. */
    public static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }
}
