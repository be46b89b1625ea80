package de.lagezentrum.organisation.mfa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TOTP secrets at rest: AES-GCM with a key outside the database, bound to the account. */
class TotpSecretCipherTests {

    private static final UUID ACCOUNT = UUID.randomUUID();

    private final TotpSecretCipher cipher = new TotpSecretCipher(key((byte) 1));

    @Test
    void aSecretComesBackOnlyForItsAccountAndKey() {
        String secret = Totp.newSecret();
        String stored = cipher.encrypt(ACCOUNT, secret);

        assertThat(stored).startsWith("v1.").doesNotContain(secret);
        assertThat(cipher.encrypt(ACCOUNT, secret)).as("a new nonce each time").isNotEqualTo(stored);
        assertThat(cipher.decrypt(ACCOUNT, stored)).isEqualTo(secret);
        assertThatThrownBy(() -> cipher.decrypt(UUID.randomUUID(), stored)).as("copied to another account's row")
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TotpSecretCipher(key((byte) 2)).decrypt(ACCOUNT, stored)).as("another key")
                .isInstanceOf(IllegalStateException.class);
        String altered = stored.substring(0, stored.length() - 2) + (stored.endsWith("AA") ? "BB" : "AA");
        assertThatThrownBy(() -> cipher.decrypt(ACCOUNT, altered)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSecretStoredBeforeEncryptionIsReadAsItIs() {
        String plain = Totp.newSecret();
        assertThat(TotpSecretCipher.isEncrypted(plain)).isFalse();
        assertThat(cipher.decrypt(ACCOUNT, plain)).isEqualTo(plain);
    }

    @Test
    void withoutAConfiguredKeyTheDataDirectoryKeepsOneReadableByItsOwnerOnly(@TempDir Path data) throws IOException {
        Path file = data.resolve("sub").resolve(TotpSecretCipher.KEY_FILE);
        byte[] first = TotpSecretCipher.keyFromFile(file);

        assertThat(first).hasSize(32);
        assertThat(TotpSecretCipher.keyFromFile(file)).as("the next start reads the same key").isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String stored = new TotpSecretCipher(first).encrypt(ACCOUNT, "JBSWY3DPEHPK3PXP");
        assertThat(new TotpSecretCipher(TotpSecretCipher.keyFromFile(file)).decrypt(ACCOUNT, stored))
                .isEqualTo("JBSWY3DPEHPK3PXP");
    }

    @Test
    void aKeyOfTheWrongLengthStopsTheStart() {
        assertThatThrownBy(() -> new TotpSecretCipher(new byte[16])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new TotpSecretCipher(new MfaProperties(java.util.Set.of(), "x", "kein base64!"),
                null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Base64");
        String configured = Base64.getEncoder().encodeToString(key((byte) 3));
        String stored = new TotpSecretCipher(new MfaProperties(java.util.Set.of(), "x", configured), null)
                .encrypt(ACCOUNT, "JBSWY3DPEHPK3PXP");
        assertThat(new TotpSecretCipher(key((byte) 3)).decrypt(ACCOUNT, stored)).isEqualTo("JBSWY3DPEHPK3PXP");
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, fill);
        return key;
    }
}
