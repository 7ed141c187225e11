package org.dragoman.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dragoman.model.DragomanException;
import org.dragoman.model.EntityType;

/**
 * The offline Wikidata index built by {@code dragoman wikidata build}: a memory-mapped file of items (sorted by QID)
 * and of normalised names (sorted by their UTF-8 bytes) pointing at them. Opening maps the file and reads a header;
 * nothing else is read until a name is looked up, so opening costs milliseconds whatever the size.
 *
 * <p>Layout (big-endian): magic {@code DWI1}, item count, key count, then items of {@value #ITEM_BYTES} bytes (QID
 * number, type, country QID number, parent QID number, prior, label offset, kind offset), keys of 8 bytes (name
 * offset, postings offset), postings (count, then item ordinals) and a pool of strings (unsigned 16-bit length, UTF-8).
 */
public final class WikidataIndex {
    static final int MAGIC = 0x44574931; // "DWI1"
    static final int HEADER_BYTES = 12;
    static final int ITEM_BYTES = 28;
    static final int KEY_BYTES = 8;
    private static final EntityType[] TYPES = EntityType.values();

    /**
     * One item of the index.
     *
     * @param qid     the item, e.g. {@code Q1428}
     * @param type    what the linker may give it to
     * @param label   its English name
     * @param kind    what the source calls it ("state", "province", "city"), never null
     * @param country the QID of its country, or null
     * @param parent  the QID of the admin unit it lies in (a city's state), or null
     * @param prior   a prominence prior (population where known), 0 when unknown
     */
    public record Entry(String qid, EntityType type, String label, String kind, String country, String parent, long prior) {
        public Entry {
            if (qid == null || !qid.matches("Q[1-9][0-9]*")) {
                throw new DragomanException("Wikidata index entry: not an item id: " + qid);
            }
            if (type == null || label == null || label.isBlank()) {
                throw new DragomanException("Wikidata index entry " + qid + ": type and label are required");
            }
            kind = kind == null ? "" : kind;
            if (prior < 0) {
                throw new DragomanException("Wikidata index entry " + qid + ": negative prior " + prior);
            }
        }
    }

    private final ByteBuffer buf;
    private final int items;
    private final int keys;
    private final int itemsAt;
    private final int keysAt;

    private WikidataIndex(ByteBuffer buf, Path source) {
        this.buf = buf;
        if (buf.capacity() < HEADER_BYTES || buf.getInt(0) != MAGIC) {
            throw new DragomanException(source + ": not a Dragoman Wikidata index (rebuild it with 'dragoman wikidata build')");
        }
        this.items = buf.getInt(4);
        this.keys = buf.getInt(8);
        this.itemsAt = HEADER_BYTES;
        this.keysAt = itemsAt + items * ITEM_BYTES;
    }

    /** Maps the index file; fails with the file's name when it is missing or not an index. */
    public static WikidataIndex open(Path file) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            MappedByteBuffer map = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
            return new WikidataIndex(map.order(ByteOrder.BIG_ENDIAN), file);
        } catch (IOException e) {
            throw new DragomanException("Cannot open the Wikidata index " + file + ": " + e.getMessage(), e);
        }
    }

    /** The index at {@code file} if it exists. */
    public static Optional<WikidataIndex> openIfPresent(Path file) {
        return file != null && Files.isRegularFile(file) ? Optional.of(open(file)) : Optional.empty();
    }

    /** An index held in memory, for tests. */
    static WikidataIndex of(byte[] bytes) {
        return new WikidataIndex(ByteBuffer.wrap(bytes), Path.of("(memory)"));
    }

    public int size() {
        return items;
    }

    public int names() {
        return keys;
    }

    /** Items one of whose names has the key of {@code name} ({@link KnowledgeBase#key}). */
    public List<Entry> candidates(String name) {
        byte[] k = KnowledgeBase.key(name).getBytes(StandardCharsets.UTF_8);
        if (k.length == 0) {
            return List.of();
        }
        int lo = 0;
        int hi = keys - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(buf.getInt(keysAt + mid * KEY_BYTES), k);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                int at = buf.getInt(keysAt + mid * KEY_BYTES + 4);
                int n = buf.getInt(at);
                List<Entry> out = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    out.add(entry(buf.getInt(at + 4 + 4 * i)));
                }
                return out;
            }
        }
        return List.of();
    }

    /** The item with this QID. */
    public Optional<Entry> item(String qid) {
        if (qid == null || !qid.startsWith("Q")) {
            return Optional.empty();
        }
        int q;
        try {
            q = Integer.parseInt(qid.substring(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = items - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int v = buf.getInt(itemsAt + mid * ITEM_BYTES);
            if (v < q) {
                lo = mid + 1;
            } else if (v > q) {
                hi = mid - 1;
            } else {
                return Optional.of(entry(mid));
            }
        }
        return Optional.empty();
    }

    private Entry entry(int ordinal) {
        int at = itemsAt + ordinal * ITEM_BYTES;
        return new Entry(qid(buf.getInt(at)), TYPES[buf.get(at + 4)], string(buf.getInt(at + 20)), string(buf.getInt(at + 24)),
                qidOrNull(buf.getInt(at + 8)), qidOrNull(buf.getInt(at + 12)), Integer.toUnsignedLong(buf.getInt(at + 16)));
    }

    private static String qid(int n) {
        return "Q" + n;
    }

    private static String qidOrNull(int n) {
        return n == 0 ? null : qid(n);
    }

    private String string(int at) {
        int len = Short.toUnsignedInt(buf.getShort(at));
        byte[] b = new byte[len];
        buf.get(at + 2, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Compares the pooled string at {@code at} with {@code key}, byte by byte, unsigned. */
    private int compare(int at, byte[] key) {
        int len = Short.toUnsignedInt(buf.getShort(at));
        int n = Math.min(len, key.length);
        for (int i = 0; i < n; i++) {
            int c = Integer.compare(Byte.toUnsignedInt(buf.get(at + 2 + i)), Byte.toUnsignedInt(key[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(len, key.length);
    }
}
