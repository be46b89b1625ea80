package de.lagezentrum.organisation.web;

import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import de.lagezentrum.organisation.ApiTokens;
import de.lagezentrum.platform.security.CurrentUser;

/**
 * {@code POST /api/v1/tokens} issues a bearer token (with {@code otp} once the account has TOTP);
 * {@code DELETE /api/v1/tokens/current} revokes it.
 */
@RestController
@RequestMapping(path = "/api/v1/tokens", produces = MediaType.APPLICATION_JSON_VALUE)
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody Credentials credentials, HttpServletRequest request) {
        return tokens.issue(credentials.username(), credentials.password(), credentials.otp(),
                        request.getRemoteAddr())
                .map(issued -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(new TokenResponse(issued.token(), issued.expiresAt())))
                .orElseThrow(() -> new BadCredentialsException("Wrong credentials"));
    }

    @DeleteMapping("/current")
    ResponseEntity<Void> revokeCurrent(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        tokens.revoke(CurrentUser.require(), header.substring("Bearer ".length()).trim());
        return ResponseEntity.noContent().build();
    }

    /** {@code otp}: the TOTP or a recovery code, needed once the account has TOTP; may be null. */
    record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
            @Nullable @Size(max = 64) String otp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }
}
