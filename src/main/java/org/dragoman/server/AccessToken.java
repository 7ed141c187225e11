package org.dragoman.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.dragoman.model.DragomanException;

/**
 * The bearer token that authorises writes to the server (ingest, and SPARQL Update where it is enabled): created on
 * first use, 256 random bits, stored in a file only its owner can read or write.
 *
 * <p>A token file that others can read is refused rather than trusted: the token would be as good as public. On file
 * systems without POSIX permissions the file is created as usual and its permissions are not checked.
 */
public final class AccessToken {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private final byte[] secret;
    private final Path file;

    private AccessToken(Path file, String secret) {
        this.file = file;
        this.secret = secret.getBytes(StandardCharsets.US_ASCII);
    }

    /** The token stored in {@code file}, created (owner-only) if the file does not exist. */
    public static AccessToken loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
        } catch (IOException e) {
            throw new DragomanException(file + ": cannot create the access token: " + e.getMessage(), e);
        }
        return load(file);
    }

    /** The token stored in {@code file}, which a server made: a client must not make up its own. */
    public static AccessToken load(Path file) {
        if (!Files.exists(file)) {
            throw new DragomanException(file + ": no access token here; the server makes it on first start (see 'serve --token-file')");
        }
        try {
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
                if (!OWNER_ONLY.containsAll(perms)) {
                    throw new DragomanException(file + ": token file is readable by others (" + PosixFilePermissions.toString(perms)
                            + "); run 'chmod 600 " + file + "' or delete it to have a new one made");
                }
            }
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.length() < 20) {
                throw new DragomanException(file + ": token is too short (" + secret.length() + " characters, at least 20 needed)");
            }
            return new AccessToken(file, secret);
        } catch (IOException e) {
            throw new DragomanException(file + ": cannot read the access token: " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try {
            if (Files.getFileStore(parent).supportsFileAttributeView("posix")) {
                // Created with its permissions, so the secret is never readable by others, not even for a moment.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, secret + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // Another process made it first; its token is the one to use.
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Whether an HTTP {@code Authorization} header value carries this token as {@code Bearer <token>}, compared in
     * constant time; null and other schemes are not.
     */
    public boolean authorises(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] given = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(secret, given);
    }

    /** The header value a client sends. */
    public String header() {
        return "Bearer " + new String(secret, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "AccessToken[" + file + "]";
    }
}
