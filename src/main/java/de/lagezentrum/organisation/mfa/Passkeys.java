package de.lagezentrum.organisation.mfa;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * Lagezentrum as WebAuthn relying party, for passkeys as second factor: the options of a registration
 * and of a check, and the verification of what the browser's authenticator answered, by Spring
 * Security's {@link Webauthn4JRelyingPartyOperations} on {@link PasskeyUsers} and {@link PasskeyStore}.
 *
 * <p>The relying party id is the host of {@code lagezentrum.base-url}, and the only origin accepted is
 * that address. An installation on {@code localhost} (development, the tests) also accepts the
 * origin of the request itself when that is on {@code localhost} too, whatever its port.
 *
 * <p>Every method runs inside the caller's transaction, as the signed-in user's municipality.
 */
@Component
class Passkeys {

    private static final Logger log = LoggerFactory.getLogger(Passkeys.class);
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final PasskeyStore store;
    private final PasskeyUsers users;
    private final PublicKeyCredentialRpEntity relyingParty;
    private final String baseOrigin;
    private final boolean local;
    private final Map<Set<String>, Webauthn4JRelyingPartyOperations> operations = new ConcurrentHashMap<>();

    Passkeys(PasskeyStore store, PasskeyUsers users, LagezentrumProperties properties) {
        this.store = store;
        this.users = users;
        URI base = URI.create(properties.baseUrl());
        this.baseOrigin = origin(base);
        this.local = LOCAL_HOSTS.contains(base.getHost());
        this.relyingParty = PublicKeyCredentialRpEntity.builder().id(base.getHost()).name("Lagezentrum").build();
    }

    /**
     * The options for {@code navigator.credentials.create()}: a fresh challenge, the account's user
     * handle (created on first use) and its passkeys so far (which the authenticator must not register twice).
     */
    PublicKeyCredentialCreationOptions registrationOptions(CurrentUser user, String requestOrigin) {
        return operationsFor(requestOrigin)
                .createPublicKeyCredentialCreationOptions(new ImmutablePublicKeyCredentialCreationOptionsRequest(
                        authentication(user)));
    }

    /**
     * Verifies the authenticator's answer to {@code options} and stores the new passkey under {@code label}.
     *
     * @throws PasskeyRejectedException when the answer does not verify (wrong origin or challenge, a
     *         passkey already registered, options of another account)
     */
    Passkey register(CurrentUser user, PublicKeyCredentialCreationOptions options, RelyingPartyPublicKey key,
            String label, String requestOrigin) {
        if (!user.username().equals(options.getUser().getName())) {
            throw new PasskeyRejectedException("registration options of another account");
        }
        var credential = key.getCredential();
        if (credential == null || credential.getRawId() == null || credential.getResponse() == null
                || credential.getResponse().getAttestationObject() == null
                || credential.getResponse().getClientDataJSON() == null) {
            throw new PasskeyRejectedException("incomplete answer");
        }
        CredentialRecord record;
        try {
            record = operationsFor(requestOrigin).registerCredential(new ImmutableRelyingPartyRegistrationRequest(
                    options, new RelyingPartyPublicKey(credential, label)));
        }
        catch (RuntimeException e) {
            log.info("Passkey registration refused for {}: {}", user.username(), e.toString());
            throw new PasskeyRejectedException(e.getMessage());
        }
        return store.ofCredential(record.getCredentialId()).orElseThrow();
    }

    /** The options for {@code navigator.credentials.get()}: a fresh challenge and the account's passkeys. */
    PublicKeyCredentialRequestOptions requestOptions(CurrentUser user, String requestOrigin) {
        return operationsFor(requestOrigin)
                .createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(
                        authentication(user)));
    }

    /**
     * Verifies a passkey's signature over the challenge of {@code options}: it must be one of the
     * account's passkeys, and its signature counter must have moved on (else it may be a copy).
     *
     * @throws PasskeyRejectedException when it does not verify
     */
    void verify(CurrentUser user, PublicKeyCredentialRequestOptions options,
            PublicKeyCredential<AuthenticatorAssertionResponse> credential, String requestOrigin) {
        AuthenticatorAssertionResponse response = credential.getResponse();
        if (credential.getRawId() == null || response == null || response.getAuthenticatorData() == null
                || response.getClientDataJSON() == null || response.getSignature() == null) {
            throw new PasskeyRejectedException("incomplete answer");
        }
        CredentialRecord known = store.findByCredentialId(credential.getRawId());
        if (known == null || !user.accountId().equals(users.accountOf(known.getUserEntityUserId()))) {
            throw new PasskeyRejectedException("not a passkey of this account");
        }
        long counter = signatureCounter(response.getAuthenticatorData().getBytes());
        if ((counter != 0 || known.getSignatureCount() != 0) && counter <= known.getSignatureCount()) {
            log.warn("Passkey of {} sent signature counter {} after {}: possibly a cloned authenticator",
                    user.username(), counter, known.getSignatureCount());
            throw new PasskeyRejectedException("signature counter did not increase");
        }
        PublicKeyCredentialUserEntity entity;
        try {
            entity = operationsFor(requestOrigin).authenticate(new RelyingPartyAuthenticationRequest(options, credential));
        }
        catch (RuntimeException e) {
            log.info("Passkey check refused for {}: {}", user.username(), e.toString());
            throw new PasskeyRejectedException(e.getMessage());
        }
        if (!user.accountId().equals(users.accountOf(entity.getId()))) {
            throw new PasskeyRejectedException("passkey of another account");
        }
    }

    List<Passkey> of(UUID accountId) {
        return store.ofAccount(accountId);
    }

    boolean any(UUID accountId) {
        return store.any(accountId);
    }

    /** Removes one of the account's passkeys and returns its label; null when the account has none of that id. */
    @Nullable String remove(UUID accountId, UUID passkeyId) {
        return store.remove(accountId, passkeyId);
    }

    private Webauthn4JRelyingPartyOperations operationsFor(String requestOrigin) {
        Set<String> origins = new LinkedHashSet<>();
        origins.add(baseOrigin);
        if (local && LOCAL_HOSTS.contains(URI.create(requestOrigin).getHost())) {
            origins.add(requestOrigin);
        }
        return operations.computeIfAbsent(Set.copyOf(origins), allowed -> {
            var rp = new Webauthn4JRelyingPartyOperations(users, store, relyingParty, allowed);
            // A second factor need not live on the authenticator (security keys have few slots for that).
            rp.setCustomizeCreationOptions(creation -> creation.authenticatorSelection(AuthenticatorSelectionCriteria
                    .builder().residentKey(ResidentKeyRequirement.PREFERRED)
                    .userVerification(UserVerificationRequirement.PREFERRED).build()));
            return rp;
        });
    }

    /** The account as Spring Security's relying party looks it up: by username. */
    private static Authentication authentication(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user.username(), null, List.of());
    }

    /** Bytes 33 to 36 of the authenticator data: the signature counter, big-endian (WebAuthn 6.1). */
    static long signatureCounter(byte[] authenticatorData) {
        if (authenticatorData.length < 37) {
            throw new PasskeyRejectedException("authenticator data too short");
        }
        return ((authenticatorData[33] & 0xFFL) << 24) | ((authenticatorData[34] & 0xFFL) << 16)
                | ((authenticatorData[35] & 0xFFL) << 8) | (authenticatorData[36] & 0xFFL);
    }

    static String origin(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1 || "https".equals(uri.getScheme()) && port == 443
                || "http".equals(uri.getScheme()) && port == 80;
        return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
    }
}
