package de.lagezentrum.organisation.mfa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.LagezentrumProperties;

/**
 * Keeps TOTP secrets encrypted at rest (AES-256-GCM), so that a copy of the database, a backup or a
 * read of the table does not hand out everyone's second factor: unlike a password, a TOTP secret must
 * be readable to check a code, so it cannot be hashed. The key is not in the database: it comes from
 * {@code lagezentrum.mfa.secret-key} (Base64 of 32 bytes; every instance of a cluster needs the same),
 * or else from the file {@code mfa-secret.key} in the data directory, made on first use. The account id
 * is bound into each ciphertext, so a secret copied to another account's row does not decrypt.
 *
 * <p>Stored form: {@code v1.} and the Base64 (URL-safe) of the 12-byte nonce and the ciphertext with its
 * tag. A value without the prefix is a secret stored before encryption: it is read as it is, and
 * {@link TotpSecretUpgrade} encrypts it at the next start.
 */
@Component
class TotpSecretCipher {

    static final String KEY_FILE = "mfa-secret.key";
    private static final String PREFIX = "v1.";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    @Autowired
    TotpSecretCipher(MfaProperties mfa, LagezentrumProperties lagezentrum) {
        this(mfa.secretKey() != null ? decodeKey(mfa.secretKey()) : keyFromFile(lagezentrum.dataDir().resolve(KEY_FILE)));
    }

    TotpSecretCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("The key for TOTP secrets must be 32 bytes (Base64 of them), not "
                    + key.length);
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    String encrypt(UUID accountId, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
            return PREFIX + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /**
     * The secret of the stored value.
     *
     * @throws IllegalStateException when it does not decrypt with this key for this account (another
     *         key configured, or the row was altered)
     */
    String decrypt(UUID accountId, String stored) {
        if (!stored.startsWith(PREFIX)) {
            return stored;
        }
        byte[] sealed = Base64.getUrlDecoder().decode(stored.substring(PREFIX.length()));
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(sealed, NONCE_BYTES), accountId);
            return new String(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES), StandardCharsets.US_ASCII);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("A TOTP secret does not decrypt with the configured key "
                    + "(lagezentrum.mfa.secret-key or " + KEY_FILE + " in the data directory)", e);
        }
    }

    /** A value that tells keys apart without revealing them: the HMAC-SHA256 of a fixed text, Base64. */
    String checkValue() {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(
                    mac.doFinal("lagezentrum-mfa-key-check".getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static boolean isEncrypted(String stored) {
        return stored.startsWith(PREFIX);
    }

    private Cipher cipher(int mode, byte[] nonce, UUID accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(accountId.toString().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static byte[] decodeKey(String base64) {
        try {
            return Base64.getDecoder().decode(base64.strip());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lagezentrum.mfa.secret-key is no Base64 text", e);
        }
    }

    /**
     * Reads the key file, or makes it when there is none yet: written whole to a temporary file readable by
     * its owner only, then linked into place in one step, so nobody reads a half-written or open key and a
     * second instance never replaces the first one's.
     */
    static byte[] keyFromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Path directory = file.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                Path temporary = ownerOnly(directory);
                try {
                    Files.writeString(temporary, Base64.getEncoder().encodeToString(fresh) + System.lineSeparator());
                    try {
                        // a hard link appears whole and never replaces a key another instance made first
                        Files.createLink(file, temporary);
                    }
                    catch (UnsupportedOperationException e) {
                        Files.move(temporary, file);
                    }
                }
                catch (FileAlreadyExistsException e) {
                    // another instance on the same data directory made it first: read theirs
                }
                finally {
                    Files.deleteIfExists(temporary);
                }
            }
            return decodeKey(Files.readString(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the key for TOTP secrets: " + file, e);
        }
    }

    private static Path ownerOnly(Path directory) throws IOException {
        try {
            return Files.createTempFile(directory, KEY_FILE, ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        catch (UnsupportedOperationException e) {
            // Windows: the file inherits the data directory's permissions.
            return Files.createTempFile(directory, KEY_FILE, ".part");
        }
    }
}
