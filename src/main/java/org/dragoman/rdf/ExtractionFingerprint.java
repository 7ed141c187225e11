package org.dragoman.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.dragoman.model.DragomanException;

/**
 * What produced an article graph: a fingerprint of the built extraction code and its data (the classes and resources
 * of the stages that turn text into the graph: nlp, extract, link, rdf, model), taken from the build output itself, so
 * that any change to a rule, a lexicon, the attribution model or the Wikidata table changes it and nobody has to
 * remember to bump a version. Ingest re-extracts the articles whose graphs a different fingerprint produced.
 *
 * <p>Read once per process from the jar or class folder Dragoman runs from.
 */
public final class ExtractionFingerprint {
    private static final List<String> STAGES = List.of("org/dragoman/nlp/", "org/dragoman/extract/", "org/dragoman/link/",
            "org/dragoman/rdf/", "org/dragoman/model/");

    private ExtractionFingerprint() {
    }

    /** 16 hex digits. */
    public static String current() {
        return Holder.FINGERPRINT;
    }

    /** The Dragoman version from the jar's manifest, or "development" when running from classes. */
    public static String dragomanVersion() {
        String v = ExtractionFingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    private static final class Holder {
        private static final String FINGERPRINT = compute();
    }

    static String compute() {
        Path where;
        try {
            where = Path.of(ExtractionFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new DragomanException("Cannot locate Dragoman's classes to fingerprint them: " + e.getMessage(), e);
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try {
            if (Files.isDirectory(where)) {
                try (Stream<Path> walk = Files.walk(where)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        String name = where.relativize(p).toString().replace('\\', '/');
                        if (inStages(name)) {
                            entries.put(name, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (JarEntry e : jar.stream().toList()) {
                        if (!e.isDirectory() && inStages(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                entries.put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new DragomanException(where + ": cannot read Dragoman's classes to fingerprint them: " + e.getMessage(), e);
        }
        return digest(entries);
    }

    static String digest(Map<String, byte[]> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var e : new TreeMap<>(entries).entrySet()) {
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(e.getValue());
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new DragomanException("SHA-256 is missing from this Java runtime", e);
        }
    }

    private static boolean inStages(String name) {
        return STAGES.stream().anyMatch(name::startsWith);
    }
}
