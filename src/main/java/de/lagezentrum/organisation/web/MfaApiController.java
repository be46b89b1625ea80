package de.lagezentrum.organisation.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.organisation.mfa.SecondFactors;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * {@code POST /api/v1/me/mfa/totp} starts a TOTP enrolment, {@code …/confirm} finishes it with a first
 * code and answers the recovery codes. The only calls a token of an account that must enrol may make.
 */
@RestController
@RequestMapping(path = "/api/v1/me/mfa/totp", produces = MediaType.APPLICATION_JSON_VALUE)
class MfaApiController {

    private final SecondFactors secondFactors;

    MfaApiController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    @PostMapping
    SecondFactors.TotpEnrolment begin() {
        return secondFactors.beginTotp(CurrentUser.require());
    }

    @PostMapping(path = "/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    RecoveryCodes confirm(@Valid @RequestBody Confirmation confirmation, HttpServletRequest request) {
        return new RecoveryCodes(secondFactors.confirmTotp(CurrentUser.require(), confirmation.code(),
                request.getRemoteAddr()));
    }

    record Confirmation(@NotBlank @Size(max = 16) String code) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }
}
