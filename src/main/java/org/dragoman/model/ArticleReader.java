package org.dragoman.model;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads article files: UTF-8 text with an optional leading {@code date YYYY-MM-DD}.
 *
 * <p>Rejects, with a {@link BadInputException} naming the file, a missing file, one over the size limit, an empty
 * one, a binary one, text that is not UTF-8, a malformed date line, and text with no word in it (white space or a
 * date line only). These are all refused here, before any model loads. Without a date line the fallback date is
 * used, which may be null: relative dates then stay unresolved.
 */
public final class ArticleReader {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d\\S*)");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LocalDate fallbackDate;
    private final long maxBytes;

    /** A reader without a size limit: for corpora that are known to be sane. */
    public ArticleReader(LocalDate fallbackDate) {
        this(fallbackDate, Long.MAX_VALUE);
    }

    /** @param maxBytes the largest article accepted, in bytes of UTF-8 */
    public ArticleReader(LocalDate fallbackDate, long maxBytes) {
        if (maxBytes <= 0) {
            throw new DragomanException("The article size limit must be positive, not " + maxBytes);
        }
        this.fallbackDate = fallbackDate;
        this.maxBytes = maxBytes;
    }

    public Article read(Path path) {
        byte[] bytes;
        try {
            // Checked before reading, so that a huge file costs neither memory nor time.
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(path.toString(), size);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new BadInputException(path + ": no such file");
        } catch (IOException e) {
            throw new BadInputException(path + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(idOf(path), path.toString(), bytes);
    }

    /** The article id for a file: its name without the last extension. */
    public static String idOf(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private BadInputException tooLarge(String source, long size) {
        return new BadInputException(source + ": " + kb(size) + ", over the article size limit of " + kb(maxBytes));
    }

    private static String kb(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%,d KB", (bytes + 1023) / 1024);
    }

    public Article parse(String id, String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(source + ": file is empty");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge(source, bytes.length);
        }
        // A NUL anywhere, not only near the start: CoreNLP's tokenizer has no use for one.
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadInputException(source + ": binary file (NUL byte at offset " + i + ")");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(source + ": not UTF-8 text (" + e.getMessage() + ")", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = " " + text.substring(1);
        }
        return parse(id, source, text);
    }

    public Article parse(String id, String source, String text) {
        if (text.length() > maxBytes / 3) {
            long size = text.getBytes(StandardCharsets.UTF_8).length;
            if (size > maxBytes) {
                throw tooLarge(source, size);
            }
        }
        if (text.isBlank()) {
            throw new BadInputException(source + ": file holds only white space");
        }
        Matcher m = DATE_LINE.matcher(text);
        if (!m.find()) {
            return new Article(id, source, requireWords(source, text, 0), 0, fallbackDate);
        }
        String value = m.group(1);
        if (!ISO_DAY.matcher(value).matches()) {
            throw new BadInputException(source + ": line 1: malformed date '" + value + "', expected date YYYY-MM-DD");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new BadInputException(source + ": line 1: invalid date '" + value + "' (" + e.getMessage() + ")", e);
        }
        return new Article(id, source, requireWords(source, text, m.end()), m.end(), date);
    }

    /**
     * Refuses a body without a letter or digit: CoreNLP would find no sentence in it, and the rules expect at
     * least one. Java's isBlank misses no-break and zero-width spaces, which this catches too.
     */
    private static String requireWords(String source, String text, int bodyStart) {
        for (int i = bodyStart; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return text;
            }
            i += Character.charCount(cp);
        }
        if (bodyStart > 0 && text.substring(bodyStart).isBlank()) {
            throw new BadInputException(source + ": holds only a date line, no article text after it");
        }
        throw new BadInputException(source + (bodyStart > 0 ? ": no word after the date line" : ": no word in the file")
                + " (no letter or digit)");
    }
}
