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
 * <p>Rejects, with a {@link BadInputException} naming the file, a missing file, an empty one, a binary one,
 * text that is not UTF-8 and a malformed date line. Without a date line the fallback date is used, which may
 * be null: relative dates then stay unresolved.
 */
public final class ArticleReader {
    private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d\\S*)");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LocalDate fallbackDate;

    public ArticleReader(LocalDate fallbackDate) {
        this.fallbackDate = fallbackDate;
    }

    public Article read(Path path) {
        byte[] bytes;
        try {
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

    public Article parse(String id, String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new BadInputException(source + ": file is empty");
        }
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
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
        if (text.isBlank()) {
            throw new BadInputException(source + ": file holds only white space");
        }
        return parse(id, source, text);
    }

    public Article parse(String id, String source, String text) {
        Matcher m = DATE_LINE.matcher(text);
        if (!m.find()) {
            return new Article(id, source, text, 0, fallbackDate);
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
        return new Article(id, source, text, m.end(), date);
    }
}
