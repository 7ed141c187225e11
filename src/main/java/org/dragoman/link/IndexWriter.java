package org.dragoman.link;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dragoman.model.DragomanException;

/**
 * Collects items and their names and writes them as a {@link WikidataIndex} file. The output depends only on what
 * was added, not on the order: items are sorted by QID, names by their bytes, so the same sources give the same file.
 */
public final class IndexWriter {
    private final Map<Integer, WikidataIndex.Entry> items = new TreeMap<>();
    private final Map<String, Set<Integer>> names = new HashMap<>();

    /**
     * Adds an item with its names; an item added twice keeps the first entry (sources are added best first) and
     * gains the names of both.
     */
    public void add(WikidataIndex.Entry e, List<String> otherNames) {
        int q = number(e.qid());
        items.putIfAbsent(q, e);
        name(e.label(), q);
        for (String n : otherNames) {
            name(n, q);
        }
    }

    public int size() {
        return items.size();
    }

    private void name(String name, int q) {
        if (name == null) {
            return;
        }
        String k = KnowledgeBase.key(name);
        if (!k.isEmpty() && k.getBytes(StandardCharsets.UTF_8).length < 65_536) {
            names.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(q);
        }
    }

    private static int number(String qid) {
        try {
            return Integer.parseInt(qid.substring(1));
        } catch (NumberFormatException e) {
            throw new DragomanException("Wikidata index: QID out of range: " + qid);
        }
    }

    /** Writes the index to {@code file} (through a temporary file, so a reader never sees half of it). */
    public void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "index", ".tmp");
            Files.write(tmp, bytes());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DragomanException("Cannot write the Wikidata index " + file + ": " + e.getMessage(), e);
        }
    }

    /** The index file's bytes. */
    public byte[] bytes() {
        List<Integer> qids = new ArrayList<>(items.keySet());
        Map<Integer, Integer> ordinal = new HashMap<>();
        for (int i = 0; i < qids.size(); i++) {
            ordinal.put(qids.get(i), i);
        }
        byte[][] keyBytes = names.keySet().stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        Arrays.sort(keyBytes, Arrays::compareUnsigned);
        int postingsAt = WikidataIndex.HEADER_BYTES + qids.size() * WikidataIndex.ITEM_BYTES + keyBytes.length * WikidataIndex.KEY_BYTES;
        // Postings first (their size is known), then the pool, so every offset is known when the tables are written.
        ByteArrayOutputStream postings = new ByteArrayOutputStream();
        DataOutputStream post = new DataOutputStream(postings);
        int[] postingOffset = new int[keyBytes.length];
        try {
            for (int i = 0; i < keyBytes.length; i++) {
                postingOffset[i] = postingsAt + post.size();
                Set<Integer> qs = names.get(new String(keyBytes[i], StandardCharsets.UTF_8));
                List<Integer> ords = qs.stream().map(ordinal::get).sorted().toList();
                post.writeInt(ords.size());
                for (int o : ords) {
                    post.writeInt(o);
                }
            }
            int poolAt = postingsAt + post.size();
            Pool pool = new Pool(poolAt);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(out);
            d.writeInt(WikidataIndex.MAGIC);
            d.writeInt(qids.size());
            d.writeInt(keyBytes.length);
            for (int q : qids) {
                WikidataIndex.Entry e = items.get(q);
                d.writeInt(q);
                d.writeByte(e.type().ordinal());
                d.writeByte(0);
                d.writeShort(0);
                d.writeInt(e.country() == null ? 0 : number(e.country()));
                d.writeInt(e.parent() == null ? 0 : number(e.parent()));
                d.writeInt((int) Math.min(e.prior(), 0xFFFF_FFFFL));
                d.writeInt(pool.offset(e.label().getBytes(StandardCharsets.UTF_8)));
                d.writeInt(pool.offset(e.kind().getBytes(StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < keyBytes.length; i++) {
                d.writeInt(pool.offset(keyBytes[i]));
                d.writeInt(postingOffset[i]);
            }
            postings.writeTo(d);
            pool.bytes.writeTo(d);
            d.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new DragomanException("Cannot lay out the Wikidata index: " + e.getMessage(), e);
        }
    }

    /** Strings stored once each, with a 16-bit length. */
    private static final class Pool {
        private final int base;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final Map<String, Integer> seen = new HashMap<>();

        Pool(int base) {
            this.base = base;
        }

        int offset(byte[] s) {
            byte[] b = s.length > 65_535 ? Arrays.copyOf(s, 65_535) : s;
            return seen.computeIfAbsent(new String(b, StandardCharsets.ISO_8859_1), k -> {
                int at = base + bytes.size();
                bytes.write(b.length >>> 8);
                bytes.write(b.length & 0xFF);
                bytes.writeBytes(b);
                return at;
            });
        }
    }
}
