package org.dragoman.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.dragoman.model.DragomanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessTokenTest {
    @TempDir
    Path dir;

    @Test
    void createdOnceOwnerOnlyAndKept() throws Exception {
        Path file = dir.resolve("data/server-token");
        AccessToken first = AccessToken.loadOrCreate(file);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
        AccessToken again = AccessToken.loadOrCreate(file);
        assertEquals(first.header(), again.header());
        assertTrue(again.authorises(first.header()));
        assertTrue(again.authorises(first.header().replace("Bearer", "bearer")));
        assertNotEquals(first.header(), AccessToken.loadOrCreate(dir.resolve("other")).header());
    }

    @Test
    void onlyTheExactBearerTokenAuthorises() {
        AccessToken token = AccessToken.loadOrCreate(dir.resolve("t"));
        String secret = token.header().substring("Bearer ".length());
        assertFalse(token.authorises(null));
        assertFalse(token.authorises(""));
        assertFalse(token.authorises("Basic " + secret));
        assertFalse(token.authorises("Bearer " + secret.substring(1)));
        assertFalse(token.authorises("Bearer " + secret + "x"));
        assertTrue(token.authorises("Bearer " + secret + " "));
    }

    @Test
    void aTokenOthersCanReadIsRefused() throws Exception {
        Path file = dir.resolve("t");
        AccessToken.loadOrCreate(file);
        if (!Files.getFileStore(file).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        DragomanException e = assertThrows(DragomanException.class, () -> AccessToken.loadOrCreate(file));
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void aClientDoesNotMakeUpAToken() {
        DragomanException e = assertThrows(DragomanException.class, () -> AccessToken.load(dir.resolve("missing")));
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }
}
