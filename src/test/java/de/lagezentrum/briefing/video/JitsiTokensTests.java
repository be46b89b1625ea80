package de.lagezentrum.briefing.video;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Jitsi join addresses: tokens verified with Nimbus as Prosody would check them. */
class JitsiTokensTests {

    static final String SECRET = "jitsi-app-secret-0123456789abcdefghijkl";
    static final Duration MARGIN = Duration.ofMinutes(30);

    final JitsiTokens tokens = new JitsiTokens(URI.create("https://meet.example"), "lagezentrum", SECRET, MARGIN);
    final Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    final Instant end = start.plus(1, ChronoUnit.HOURS);

    @Test
    void aPanelMembersTokenIsSignedAndModerates() throws Exception {
        URI url = tokens.joinUrl("briefing-1", start, end, "Dr. Anna Müller", "user-7", true);

        String room = tokens.room("briefing-1");
        assertThat(url.toString()).startsWith("https://meet.example/" + room + "?jwt=");
        SignedJWT jwt = SignedJWT.parse(url.getQuery().substring("jwt=".length()));
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getAudience()).containsExactly("jitsi");
        assertThat(claims.getIssuer()).isEqualTo("lagezentrum");
        assertThat(claims.getSubject()).isEqualTo("meet.example");
        assertThat(claims.getStringClaim("room")).isEqualTo(room);
        assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(start.minus(MARGIN));
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(end.plus(MARGIN));
        assertThat(claims.getJSONObjectClaim("context")).isEqualTo(Map.of("user",
                Map.of("name", "Dr. Anna Müller", "id", "user-7", "moderator", "true")));
    }

    @Test
    void aJournalistsTokenDoesNotModerate() throws Exception {
        URI url = tokens.joinUrl("briefing-1", start, end, "Jörg Presse", "user-8", false);

        JWTClaimsSet claims = SignedJWT.parse(url.getQuery().substring("jwt=".length())).getJWTClaimsSet();
        assertThat(claims.getJSONObjectClaim("context")).isEqualTo(Map.of("user",
                Map.of("name", "Jörg Presse", "id", "user-8", "moderator", "false")));
    }

    @Test
    void aTokenFromAnotherSecretDoesNotVerify() throws Exception {
        JitsiTokens other = new JitsiTokens(URI.create("https://meet.example"), "lagezentrum", SECRET + "x", MARGIN);
        URI url = other.joinUrl("briefing-1", start, end, "Mallory", "user-9", true);

        SignedJWT jwt = SignedJWT.parse(url.getQuery().substring("jwt=".length()));
        assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isFalse();
    }

    @Test
    void aTokenForOneBriefingDoesNotOpenAnotherBriefingsRoom() throws Exception {
        String tokenForA = tokens.token(tokens.room("briefing-1"), start, end, "Jörg Presse", "user-8", false);

        assertThat(prosodyAccepts(tokenForA, tokens.room("briefing-1"), start)).isTrue();
        assertThat(prosodyAccepts(tokenForA, tokens.room("briefing-2"), start)).isFalse();
        // Only from the margin before the start until the margin after the end.
        assertThat(prosodyAccepts(tokenForA, tokens.room("briefing-1"), start.minus(MARGIN).minusSeconds(1)))
                .isFalse();
        assertThat(prosodyAccepts(tokenForA, tokens.room("briefing-1"), end.plus(MARGIN).plusSeconds(1))).isFalse();
        // A token for the room of briefing 2 with a changed room claim no longer verifies.
        SignedJWT jwt = SignedJWT.parse(tokenForA);
        String[] parts = tokenForA.split("\\.");
        String changed = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                jwt.getPayload().toString().replace(tokens.room("briefing-1"), tokens.room("briefing-2"))
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(prosodyAccepts(changed, tokens.room("briefing-2"), start)).isFalse();
    }

    /**
     * What Prosody's token module (mod_auth_token, {@code token/util.lib.lua}) checks before it lets a
     * participant into a room: the HS256 signature with the application secret, issuer, audience,
     * subject (the host), {@code nbf}/{@code exp} and the {@code room} claim against the room asked for.
     */
    static boolean prosodyAccepts(String token, String room, Instant now) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm())
                || !jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))) {
            return false;
        }
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        return "lagezentrum".equals(claims.getIssuer()) && claims.getAudience().contains("jitsi")
                && "meet.example".equals(claims.getSubject())
                && !now.isBefore(claims.getNotBeforeTime().toInstant())
                && now.isBefore(claims.getExpirationTime().toInstant())
                && room.equals(claims.getStringClaim("room"));
    }

    @Test
    void roomsCannotBeGuessedAndDifferPerBriefing() {
        assertThat(tokens.room("briefing-1")).matches("[0-9a-f]{64}").doesNotContain("briefing")
                .isEqualTo(tokens.room("briefing-1")).isNotEqualTo(tokens.room("briefing-2"));
    }

    @Test
    void onlyHttpsServersAndLongSecretsAreAccepted() {
        assertThatThrownBy(() -> new JitsiTokens(URI.create("http://meet.example"), "app", SECRET, MARGIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JitsiTokens(URI.create("https://meet.example"), "app", "short", MARGIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
