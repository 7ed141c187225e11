package org.dragoman.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.dragoman.model.EventKind;
import org.dragoman.model.EventKinds;

/**
 * Writes a self-contained HTML overview of the store: a network of who met whom (actors as nodes, meetings as
 * edges labelled with date and place), a timeline of events and counts per actor and per type. It needs no
 * network to open: no scripts, fonts or images are fetched.
 *
 * <p>The timeline and the counts show every kind of the {@link EventKinds} registry, by its class, label and
 * colour; the network and the actor table are about meetings and statements by design.
 */
public final class ReportWriter {
    private static final String PREFIXES = """
            PREFIX dip: <https://w3id.org/dragoman/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    /** One meeting edge between two actors. */
    record Edge(String a, String b, String date, String place, String mode, String status) {
    }

    /** One event on the timeline. */
    record TimelineEvent(String date, String type, String what, String source) {
    }

    private final Dataset dataset;
    private final EventKinds kinds;

    public ReportWriter(Dataset dataset) {
        this(dataset, EventKinds.DEFAULT);
    }

    public ReportWriter(Dataset dataset, EventKinds kinds) {
        this.dataset = dataset;
        this.kinds = kinds;
    }

    /** Rows as plain maps, read inside one read transaction. */
    private List<Map<String, String>> select(String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(PREFIXES + query)
                    .set(TDB2.symUnionDefaultGraph, true).build()) {
                qe.execSelect().forEachRemaining((QuerySolution s) -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    s.varNames().forEachRemaining(v -> {
                        if (s.get(v) != null) {
                            row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString());
                        }
                    });
                    rows.add(row);
                });
            }
        });
        return rows;
    }

    private static String str(Map<String, String> r, String var) {
        return r.getOrDefault(var, "");
    }

    /** The report as one HTML document. */
    public String html() {
        String classes = kinds.all().stream().map(k -> "dip:" + k.rdfClass()).collect(Collectors.joining(" "));
        List<Edge> edges = new ArrayList<>();
        for (Map<String, String> r : select("""
                SELECT ?a ?b ?date ?place ?mode ?status WHERE {
                  ?m a dip:Meeting ; dip:participant ?x, ?y ; dip:mode ?md ; dip:status ?st .
                  ?x rdfs:label ?a . ?y rdfs:label ?b . FILTER(STR(?a) < STR(?b))
                  OPTIONAL { ?m dip:date ?date } OPTIONAL { ?m dip:location/rdfs:label ?place }
                  BIND(STRAFTER(STR(?md), "#") AS ?mode) BIND(STRAFTER(STR(?st), "#") AS ?status)
                } ORDER BY ?date ?a ?b""")) {
            edges.add(new Edge(str(r, "a"), str(r, "b"), str(r, "date"), str(r, "place"), str(r, "mode"), str(r, "status")));
        }
        List<TimelineEvent> timeline = new ArrayList<>();
        for (Map<String, String> r : select("""
                SELECT ?date ?type (GROUP_CONCAT(DISTINCT ?who; separator=", ") AS ?whoAll) ?content ?source WHERE {
                  ?e a ?t ; dip:date ?date ; dip:evidence/dip:document/dcterms:source ?source .
                  VALUES ?t { %s }
                  OPTIONAL { ?e dip:participant|dip:speaker ?p . ?p rdfs:label ?who }
                  OPTIONAL { ?e dip:content ?content }
                  BIND(STRAFTER(STR(?t), "#") AS ?type)
                } GROUP BY ?date ?type ?content ?source ?e ORDER BY ?date""".formatted(classes))) {
            String what = str(r, "whoAll") + (str(r, "content").isEmpty() ? "" : ": “" + abbreviate(str(r, "content"), 120) + "”");
            timeline.add(new TimelineEvent(str(r, "date"), str(r, "type"), what, str(r, "source")));
        }
        Map<String, Integer> types = new TreeMap<>();
        for (Map<String, String> r : select("""
                SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?t . VALUES ?t { %s }
                  BIND(STRAFTER(STR(?t), "#") AS ?type) } GROUP BY ?type""".formatted(classes))) {
            types.put(str(r, "type"), Integer.parseInt(str(r, "n")));
        }
        Map<String, int[]> actors = new LinkedHashMap<>();
        for (Map<String, String> r : select("""
                SELECT ?name (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?s) AS ?statements) (COUNT(DISTINCT ?men) AS ?mentions) WHERE {
                  ?a a dip:Actor ; rdfs:label ?name .
                  OPTIONAL { ?m a dip:Meeting ; dip:participant ?a }
                  OPTIONAL { ?s a dip:Statement ; dip:speaker ?a }
                  OPTIONAL { ?a dip:mention ?men }
                } GROUP BY ?name ORDER BY DESC(?mentions) ?name LIMIT 25""")) {
            actors.put(str(r, "name"), new int[] {Integer.parseInt(str(r, "meetings")), Integer.parseInt(str(r, "statements")),
                    Integer.parseInt(str(r, "mentions"))});
        }
        int documents = select("SELECT ?d WHERE { ?d a dip:Document }").size();
        return render(kinds, edges, timeline, types, actors, documents);
    }

    private static String render(EventKinds kinds, List<Edge> edges, List<TimelineEvent> timeline, Map<String, Integer> types,
                                 Map<String, int[]> actors, int documents) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dragoman overview</title>\n<style>\n")
                .append("body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;background:#f4f6f9;color:#1d2733}")
                .append("header{background:#1d3557;color:#fff;padding:18px 32px}header h1{margin:0;font-size:24px}")
                .append("header p{margin:4px 0 0;opacity:.8}main{padding:24px 32px;display:grid;grid-template-columns:3fr 2fr;gap:24px}")
                .append("section{background:#fff;border-radius:10px;box-shadow:0 1px 4px rgba(0,0,0,.08);padding:16px 20px}")
                .append("h2{font-size:17px;margin:0 0 12px;color:#1d3557}.wide{grid-column:1/3}")
                .append(".cards{display:flex;gap:12px;flex-wrap:wrap}.card{flex:1;min-width:110px;background:#eef3fb;border-radius:8px;padding:10px 14px}")
                .append(".card b{display:block;font-size:26px;color:#1d3557}table{border-collapse:collapse;width:100%;font-size:13px}")
                .append("td,th{padding:5px 8px;white-space:normal;border-bottom:1px solid #e6e9ef;text-align:left;vertical-align:top}th{color:#5a6675;font-weight:600}")
                .append("td:first-child{white-space:nowrap}");
        for (EventKind k : kinds.all()) {
            h.append(".t-").append(k.rdfClass()).append("{color:").append(k.colour()).append('}');
        }
        h.append(".bar{background:#a8dadc;height:10px;border-radius:5px}")
                .append("svg text{font-size:12px}.edge-label{font-size:10px;fill:#6b7785}</style></head><body>\n");
        h.append("<header><h1>Dragoman — who met whom, who said what</h1><p>Generated ").append(LocalDate.now())
                .append(" from ").append(documents).append(" article(s)</p></header>\n<main>\n");
        h.append("<section class=\"wide\"><h2>Counts</h2><div class=\"cards\">");
        for (EventKind k : kinds.all()) {
            h.append("<div class=\"card\"><b class=\"t-").append(k.rdfClass()).append("\">")
                    .append(types.getOrDefault(k.rdfClass(), 0)).append("</b>").append(esc(k.label())).append("</div>");
        }
        h.append("<div class=\"card\"><b>").append(documents).append("</b>Articles</div></div></section>\n");
        h.append("<section><h2>Who met whom</h2>").append(network(edges)).append("</section>\n");
        h.append("<section><h2>Actors</h2><table><tr><th>actor</th><th>meetings</th><th>statements</th><th>mentions</th></tr>");
        int max = actors.values().stream().mapToInt(v -> v[2]).max().orElse(1);
        for (var e : actors.entrySet()) {
            h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(e.getValue()[0]).append("</td><td>")
                    .append(e.getValue()[1]).append("</td><td><div class=\"bar\" style=\"width:")
                    .append(Math.max(4, 100 * e.getValue()[2] / Math.max(1, max))).append("px\"></div>").append(e.getValue()[2])
                    .append("</td></tr>");
        }
        h.append("</table></section>\n<section class=\"wide\"><h2>Timeline</h2><table><tr><th>date</th><th>type</th><th>who / what</th><th>source</th></tr>");
        for (TimelineEvent t : timeline) {
            h.append("<tr><td>").append(esc(t.date())).append("</td><td class=\"t-").append(esc(t.type())).append("\">")
                    .append(esc(t.type())).append("</td><td>").append(esc(t.what())).append("</td><td>")
                    .append(esc(t.source().replaceAll(".*/", ""))).append("</td></tr>");
        }
        h.append("</table></section>\n</main></body></html>\n");
        return h.toString();
    }

    /** Actors on a circle, meetings as edges: an SVG that needs no script. */
    private static String network(List<Edge> edges) {
        List<String> nodes = new ArrayList<>();
        for (Edge e : edges) {
            if (!nodes.contains(e.a())) {
                nodes.add(e.a());
            }
            if (!nodes.contains(e.b())) {
                nodes.add(e.b());
            }
        }
        if (nodes.isEmpty()) {
            return "<p>No meetings between named actors yet.</p>";
        }
        int w = 640;
        int hgt = 460;
        double cx = w / 2.0;
        double cy = hgt / 2.0;
        double radius = Math.min(w, hgt) / 2.0 - 70;
        Map<String, double[]> pos = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = 2 * Math.PI * i / nodes.size() - Math.PI / 2;
            pos.put(nodes.get(i), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        StringBuilder s = new StringBuilder();
        s.append("<svg viewBox=\"0 0 ").append(w).append(' ').append(hgt).append("\" width=\"100%\" role=\"img\" aria-label=\"who met whom\">");
        Map<String, Integer> pairCount = new TreeMap<>();
        for (Edge e : edges) {
            double[] a = pos.get(e.a());
            double[] b = pos.get(e.b());
            int k = pairCount.merge(e.a() + "|" + e.b(), 1, Integer::sum) - 1;
            // Several meetings between one pair bend apart so that each label stays readable.
            double mx = (a[0] + b[0]) / 2 + (b[1] - a[1]) * 0.18 * k;
            double my = (a[1] + b[1]) / 2 - (b[0] - a[0]) * 0.18 * k;
            String colour = e.mode().equals("Phone") ? "#f4a261" : e.mode().equals("Video") ? "#9b5de5" : "#e63946";
            String dash = e.status().equals("Occurred") ? "" : " stroke-dasharray=\"6 4\"";
            s.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1f Q%.1f %.1f %.1f %.1f\" fill=\"none\" stroke=\"%s\" stroke-width=\"2.5\" opacity=\".75\"%s><title>%s</title></path>",
                    a[0], a[1], mx, my, b[0], b[1], colour, dash, esc(e.a() + " – " + e.b() + " " + e.date() + " " + e.place())));
            String label = (e.date() + " " + e.place()).strip();
            s.append(String.format(Locale.ROOT, "<text class=\"edge-label\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                    (a[0] + b[0] + 2 * mx) / 4, (a[1] + b[1] + 2 * my) / 4 - 3, esc(label)));
        }
        for (var n : pos.entrySet()) {
            double[] p = n.getValue();
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"#1d3557\"/>", p[0], p[1]));
            boolean right = p[0] >= cx;
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-weight=\"600\">%s</text>",
                    p[0] + (right ? 14 : -14), p[1] + 4, right ? "start" : "end", esc(n.getKey())));
        }
        s.append("</svg><p style=\"font-size:12px;color:#6b7785\">red: in person · orange: phone · violet: video · dashed: planned or not occurred</p>");
        return s.toString();
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n) + "…";
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
