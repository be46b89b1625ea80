package de.lagezentrum.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.jackson.WebauthnJacksonModule;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.authentication.HttpSessionPublicKeyCredentialRequestOptionsRepository;
import org.springframework.security.web.webauthn.registration.HttpSessionPublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import de.lagezentrum.organisation.mfa.SecondFactors;
import de.lagezentrum.organisation.mfa.SecondFactors.PasskeyRegistration;
import de.lagezentrum.organisation.mfa.Passkey;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.security.LoginThrottledException;
import de.lagezentrum.platform.security.SecondFactor;
import de.lagezentrum.platform.security.StepUp;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.InvalidInputException;
import de.lagezentrum.platform.web.Problems;

/**
 * Passkeys (WebAuthn) as second factor: registering one on the profile, checking it as the second step
 * of a sign-in, and removing one. The ceremonies run in the browser ({@code /js/passkeys.js}); this
 * controller hands out their options (kept in the session until the answer comes) and verifies the
 * answers, in the JSON of Spring Security's WebAuthn support. A refused answer is an RFC 9457 problem
 * whose {@code detail} the page shows.
 *
 * <p>Spring Security's own {@code webAuthn()} filters are not used: they make a passkey a first factor
 * whose authentication replaces the account's, while here it joins the password sign-in as a
 * {@link SecondFactor#WEBAUTHN} factor authority through {@link StepUp}, throttled and audited like a code.
 */
@Controller
class PasskeyPageController {

    static final String RECOVERY_CODES = "recoveryCodes";

    private static final JsonMapper JSON = JsonMapper.builder().addModule(new WebauthnJacksonModule()).build();

    private final SecondFactors secondFactors;
    private final StepUp stepUp;
    private final MessageSource messages;
    private final HttpSessionPublicKeyCredentialCreationOptionsRepository creations =
            new HttpSessionPublicKeyCredentialCreationOptionsRepository();
    private final HttpSessionPublicKeyCredentialRequestOptionsRepository requests =
            new HttpSessionPublicKeyCredentialRequestOptionsRepository();

    PasskeyPageController(SecondFactors secondFactors, StepUp stepUp, MessageSource messages) {
        this.secondFactors = secondFactors;
        this.stepUp = stepUp;
        this.messages = messages;
    }

    // --- registration on the profile

    @GetMapping("/profile/mfa/passkey")
    String registration(Model model) {
        var status = secondFactors.status(CurrentUser.require());
        model.addAttribute("required", status.required() && !status.enrolled());
        model.addAttribute("totp", status.totp());
        return "organisation/passkey-register";
    }

    @PostMapping(path = "/profile/mfa/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> registrationOptions(HttpServletRequest request, HttpServletResponse response) {
        PublicKeyCredentialCreationOptions options = secondFactors.passkeyRegistrationOptions(CurrentUser.require(),
                origin());
        creations.save(request, response, options);
        return json(options);
    }

    @PostMapping(path = "/profile/mfa/passkey", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> register(@RequestBody(required = false) @Nullable String body, HttpServletRequest request,
            HttpServletResponse response) {
        PublicKeyCredentialCreationOptions options = creations.load(request);
        if (options == null) {
            return problem(HttpStatus.BAD_REQUEST, "mfa.passkey.expired");
        }
        creations.save(request, response, null);
        RelyingPartyPublicKey key;
        try {
            key = body == null ? null : JSON.readValue(body, RelyingPartyPublicKey.class);
        }
        catch (JacksonException | IllegalArgumentException e) {
            key = null;
        }
        if (key == null) {
            return problem(HttpStatus.BAD_REQUEST, "mfa.passkey.rejected");
        }
        PasskeyRegistration registration;
        try {
            registration = secondFactors.registerPasskey(CurrentUser.require(), options, key, origin());
        }
        catch (InvalidInputException e) {
            return problem(HttpStatus.BAD_REQUEST, e.messageKey());
        }
        // The new factor is a step up, as a first TOTP code is: new session id, and every page is open.
        stepUp.raise(request, response, SecondFactor.WEBAUTHN);
        String next = registration.recoveryCodes().isEmpty() ? "/profile" : "/profile/mfa/recovery-codes";
        FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
        flash.put(registration.recoveryCodes().isEmpty() ? "passkeyAdded" : RECOVERY_CODES,
                registration.recoveryCodes().isEmpty() ? registration.passkey().label() : registration.recoveryCodes());
        RequestContextUtils.saveOutputFlashMap(next, request, response);
        return ResponseEntity.ok(Map.of("success", true, "redirectUrl", request.getContextPath() + next));
    }

    /** The recovery codes of a first passkey, shown once after its registration. */
    @GetMapping("/profile/mfa/recovery-codes")
    String recoveryCodes(Model model) {
        if (!(model.getAttribute(RECOVERY_CODES) instanceof List<?>)) {
            return "redirect:/profile";
        }
        model.addAttribute("factor", "passkey");
        return "organisation/mfa-recovery-codes";
    }

    // --- the second step of a sign-in

    @PostMapping(path = "/login/mfa/passkey/options", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> requestOptions(HttpServletRequest request, HttpServletResponse response) {
        if (CurrentUser.current().isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "mfa.passkey.signed-out");
        }
        PublicKeyCredentialRequestOptions options;
        try {
            options = secondFactors.passkeyRequestOptions(CurrentUser.require(), origin());
        }
        catch (ConflictException e) {
            return problem(HttpStatus.CONFLICT, e.messageKey());
        }
        requests.save(request, response, options);
        return json(options);
    }

    @PostMapping(path = "/login/mfa/passkey", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> verify(@RequestBody(required = false) @Nullable String body, HttpServletRequest request,
            HttpServletResponse response) {
        if (CurrentUser.current().isEmpty()) {
            return problem(HttpStatus.UNAUTHORIZED, "mfa.passkey.signed-out");
        }
        PublicKeyCredentialRequestOptions options = requests.load(request);
        if (options == null) {
            return problem(HttpStatus.BAD_REQUEST, "mfa.passkey.expired");
        }
        requests.save(request, response, null);
        PublicKeyCredential<AuthenticatorAssertionResponse> credential;
        try {
            credential = body == null ? null : JSON.readValue(body, JSON.getTypeFactory()
                    .constructParametricType(PublicKeyCredential.class, AuthenticatorAssertionResponse.class));
        }
        catch (JacksonException | IllegalArgumentException e) {
            credential = null;
        }
        if (credential == null) {
            return problem(HttpStatus.BAD_REQUEST, "mfa.passkey.rejected");
        }
        try {
            String factor = secondFactors.verifyPasskey(CurrentUser.require(), options, credential, origin(),
                    request.getRemoteAddr());
            stepUp.raise(request, response, factor);
        }
        catch (InvalidInputException e) {
            return problem(HttpStatus.BAD_REQUEST, e.messageKey());
        }
        catch (LoginThrottledException e) {
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                    .body(problemBody(HttpStatus.TOO_MANY_REQUESTS, "login.throttled",
                            (e.retryAfterSeconds() + 59) / 60));
        }
        return ResponseEntity.ok(Map.of("authenticated", true, "redirectUrl", nextPage(request, response)));
    }

    // --- removal

    @GetMapping("/profile/mfa/passkeys/{id}/remove")
    String removal(@PathVariable UUID id, Model model) {
        model.addAttribute("passkey", secondFactors.passkey(CurrentUser.require(), id));
        if (!model.containsAttribute("removal")) {
            model.addAttribute("removal", new CodeForm());
        }
        return "organisation/passkey-remove";
    }

    @PostMapping("/profile/mfa/passkeys/{id}/remove")
    String remove(@PathVariable UUID id, @Valid @ModelAttribute("removal") CodeForm form, BindingResult errors,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Passkey passkey = secondFactors.passkey(CurrentUser.require(), id);
        try {
            if (errors.hasErrors() || !FormErrors.attempt(errors, () -> secondFactors.removePasskey(
                    CurrentUser.require(), id, form.getCode(), request.getRemoteAddr()))) {
                form.setCode("");
                model.addAttribute("passkey", passkey);
                return "organisation/passkey-remove";
            }
        }
        catch (LoginThrottledException e) {
            MfaPageController.answerThrottled(e, model, response);
            return "organisation/mfa-throttled";
        }
        redirect.addFlashAttribute("passkeyRemoved", passkey.label());
        return "redirect:/profile";
    }

    // --- helpers

    /** Where the sign-in goes on: the page first asked for, else the dashboard. */
    private static String nextPage(HttpServletRequest request, HttpServletResponse response) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        if (saved == null) {
            return request.getContextPath() + "/";
        }
        cache.removeRequest(request, response);
        return saved.getRedirectUrl();
    }

    /**
     * The origin the browser reached us at (behind a proxy, as its forwarded headers say): scheme, host and
     * a port other than the scheme's default, as the browser writes it into the client data.
     */
    private static String origin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).replaceQuery(null).build()
                .toUriString();
    }

    private static ResponseEntity<String> json(Object options) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(JSON.writeValueAsString(options));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String messageKey) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problemBody(status, messageKey));
    }

    private ProblemDetail problemBody(HttpStatus status, String messageKey, @Nullable Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, arguments, LocaleContextHolder.getLocale()));
        problem.setType(Problems.type(status == HttpStatus.BAD_REQUEST ? "passkey-rejected" : Problems.kindOf(status.value())));
        problem.setTitle(messages.getMessage("mfa.passkey.problem", null, LocaleContextHolder.getLocale()));
        return problem;
    }
}
