package de.lagezentrum.organisation.mfa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.AuthenticationExtensionAuthenticatorOutput;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A software authenticator for tests without a browser: one ES256 passkey, registered with "none"
 * attestation and answering challenges as a platform authenticator would, in the JSON the pages' script
 * sends. It can also answer as an attacker would: from another origin, or with a counter that does not
 * move on (a cloned authenticator).
 */
public final class TestPasskey {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ObjectConverter CONVERTER = new ObjectConverter();
    private static final byte FLAG_UP = 0x01;
    private static final byte FLAG_UV = 0x04;
    private static final byte FLAG_AT = 0x40;

    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private long counter;
    private String userHandle = "";

    public TestPasskey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
    }

    /** The body for {@code POST /profile/mfa/passkey}: this passkey, created for the server's creation options. */
    public String register(String creationOptions, String origin, String label) {
        JsonNode options = JSON.readTree(creationOptions);
        userHandle = options.get("user").get("id").asString();
        String rpId = options.get("rp").get("id").asString();
        byte[] clientData = clientData("webauthn.create", options.get("challenge").asString(), origin);
        AttestedCredentialData attested = new AttestedCredentialData(new AAGUID(new byte[16]), credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(sha256(rpId),
                (byte) (FLAG_UP | FLAG_UV | FLAG_AT), counter, attested);
        byte[] attestationObject = new AttestationObjectConverter(CONVERTER)
                .convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
        ObjectNode body = JSON.createObjectNode();
        body.put("label", label);
        ObjectNode credential = body.putObject("credential");
        credential.put("id", base64Url(credentialId));
        credential.put("rawId", base64Url(credentialId));
        credential.put("type", "public-key");
        ObjectNode response = credential.putObject("response");
        response.put("attestationObject", base64Url(attestationObject));
        response.put("clientDataJSON", base64Url(clientData));
        response.putArray("transports").add("internal");
        credential.putObject("clientExtensionResults");
        credential.put("authenticatorAttachment", "platform");
        return JSON.writeValueAsString(body);
    }

    /** The body for {@code POST /login/mfa/passkey}: the signed answer to the server's request options. */
    public String answer(String requestOptions, String origin) {
        counter++;
        return sign(requestOptions, origin, counter);
    }

    /** An answer whose signature counter stays where it was: what a copy of the authenticator would send. */
    public String answerWithoutCounting(String requestOptions, String origin) {
        return sign(requestOptions, origin, counter);
    }

    /** The credential id in base64url, as the server's options list it. */
    public String credentialId() {
        return base64Url(credentialId);
    }

    private String sign(String requestOptions, String origin, long count) {
        JsonNode options = JSON.readTree(requestOptions);
        byte[] clientData = clientData("webauthn.get", options.get("challenge").asString(), origin);
        AuthenticatorData<AuthenticationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(
                sha256(options.get("rpId").asString()), (byte) (FLAG_UP | FLAG_UV), count);
        byte[] authenticatorData = new AuthenticatorDataConverter(CONVERTER).convert(data);
        byte[] signature;
        try {
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(authenticatorData);
            signer.update(sha256(clientData));
            signature = signer.sign();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("id", base64Url(credentialId));
        body.put("rawId", base64Url(credentialId));
        body.put("type", "public-key");
        ObjectNode response = body.putObject("response");
        response.put("authenticatorData", base64Url(authenticatorData));
        response.put("clientDataJSON", base64Url(clientData));
        response.put("signature", base64Url(signature));
        response.put("userHandle", userHandle);
        body.putObject("clientExtensionResults");
        body.put("authenticatorAttachment", "platform");
        return JSON.writeValueAsString(body);
    }

    private static byte[] clientData(String type, String challenge, String origin) {
        ObjectNode data = JSON.createObjectNode();
        data.put("type", type);
        data.put("challenge", challenge);
        data.put("origin", origin);
        data.put("crossOrigin", false);
        return JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
