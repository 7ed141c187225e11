package org.dragoman.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded, bounded fuzzing of {@link ArticleReader}: every input is either accepted as an article with words in it, or
 * refused with a {@link BadInputException} whose message starts with the source. Any other exception fails, with the
 * input in hex so that it can be replayed.
 */
class ArticleReaderFuzzTest {
    private static final long SEED = 0x5eed_d1b1L;
    private static final int ROUNDS = 3000;
    private static final String SOURCE = "fuzz/input-7.txt";

    private final ArticleReader reader = new ArticleReader(null, 4096);

    @Test
    void randomBytes() {
        Random random = new Random(SEED);
        int accepted = run(() -> {
            byte[] b = new byte[random.nextInt(300)];
            random.nextBytes(b);
            if (random.nextBoolean()) {
                // Mostly ASCII, so that some inputs get past the UTF-8 check.
                for (int i = 0; i < b.length; i++) {
                    b[i] = (byte) (b[i] & 0x7f);
                }
            }
            return b;
        });
        assertTrue(accepted > 0, "some random ASCII is text");
    }

    @Test
    void randomUnicode() {
        Random random = new Random(SEED + 1);
        int accepted = run(() -> randomString(random, random.nextInt(200)).getBytes(StandardCharsets.UTF_8));
        assertTrue(accepted > ROUNDS / 2, "most random Unicode has a letter in it: " + accepted);
        // Unpaired surrogates and other oddities given as text, as the server would.
        Random again = new Random(SEED + 2);
        for (int i = 0; i < ROUNDS; i++) {
            String s = randomString(again, again.nextInt(200));
            check(s.getBytes(StandardCharsets.UTF_16LE), () -> reader.parse("x", SOURCE, s));
        }
    }

    @Test
    void randomDateLines() {
        Random random = new Random(SEED + 3);
        String[] bodies = {"", " ", "\n\n", "\u00a0\u200b", "The Ruritanian foreign minister met her Graustarkian counterpart.",
            "date 2020-01-01", "…", "\uFEFF", "Ilyria's envoy arrived on Friday."};
        int[] dated = {0};
        int accepted = run(() -> {
            StringBuilder s = new StringBuilder();
            if (random.nextInt(4) == 0) {
                s.append(random.nextBoolean() ? "\uFEFF" : " \n\t".charAt(random.nextInt(3)));
            }
            s.append(random.nextInt(8) == 0 ? "DATE" : "date").append(" \t\u00a0".charAt(random.nextInt(3)));
            s.append(random.nextInt(10) == 0 ? "" : String.valueOf(random.nextInt(30_000)));
            s.append("-/.x".charAt(random.nextInt(4))).append(random.nextInt(15));
            s.append(random.nextInt(5) == 0 ? "" : "-" + random.nextInt(40));
            if (random.nextInt(5) == 0) {
                s.append(randomString(random, 3));
            }
            s.append(" \n".charAt(random.nextInt(2))).append(bodies[random.nextInt(bodies.length)]);
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }, a -> dated[0] += a.date() != null ? 1 : 0);
        assertTrue(accepted > 0 && dated[0] > 0, "some date lines are valid: " + accepted + " accepted, " + dated[0] + " dated");
    }

    @Test
    void filesOverTheLimitAreRefusedBeforeReading(@TempDir Path dir) throws Exception {
        Path big = Files.writeString(dir.resolve("big.txt"), "The Ruritanian envoy spoke. ".repeat(200));
        BadInputException e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, () -> reader.read(big));
        assertTrue(e.getMessage().startsWith(big.toString()) && e.getMessage().contains("over the article size limit of 4 KB"),
                e.getMessage());
        Path dateOnly = Files.writeString(dir.resolve("date-only.txt"), "date 2021-03-04\n");
        e = org.junit.jupiter.api.Assertions.assertThrows(BadInputException.class, () -> reader.read(dateOnly));
        assertEquals(dateOnly + ": holds only a date line, no article text after it", e.getMessage());
    }

    private int run(Supplier<byte[]> inputs) {
        return run(inputs, a -> { });
    }

    private int run(Supplier<byte[]> inputs, java.util.function.Consumer<Article> onAccepted) {
        int accepted = 0;
        for (int i = 0; i < ROUNDS; i++) {
            byte[] input = inputs.get();
            Article a = check(input, () -> reader.parse("input-7", SOURCE, input));
            if (a != null) {
                accepted++;
                onAccepted.accept(a);
            }
        }
        return accepted;
    }

    /** The article, or null when it was refused as it should be. */
    private static Article check(byte[] input, Supplier<Article> parse) {
        try {
            Article a = parse.get();
            assertTrue(a.body().codePoints().anyMatch(Character::isLetterOrDigit), "accepted without a word: " + hex(input));
            return a;
        } catch (BadInputException e) {
            assertTrue(e.getMessage().startsWith(SOURCE + ": "), "message names the source: " + e.getMessage());
            return null;
        } catch (RuntimeException | Error e) {
            fail("input " + hex(input) + " threw " + e, e);
            return null;
        }
    }

    private static String randomString(Random random, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append((char) random.nextInt(0x80));
                case 1 -> s.append((char) (0xD800 + random.nextInt(0x800))); // surrogate halves, mostly unpaired
                case 2 -> s.appendCodePoint(0x10000 + random.nextInt(0x100000));
                case 3 -> s.append(" \t\n\r\u00a0\u2028\u200b\u3000".charAt(random.nextInt(8)));
                default -> s.append((char) random.nextInt(0xD800));
            }
        }
        return s.toString();
    }

    private static String hex(byte[] input) {
        return HexFormat.of().formatHex(input);
    }
}
