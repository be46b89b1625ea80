package de.lagezentrum.briefing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A journalist's registration from the public form or API.
 *
 * @param name the journalist's name
 * @param outlet the newsroom or medium they work for
 * @param email the address the confirmation link goes to
 * @param website the honeypot: hidden from people, filled in by bots; a registration with it is answered
 *        like every other and stored nowhere
 */
public record NewAccreditation(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String outlet,
        @NotBlank @Email @Size(max = 200) String email,
        @Nullable String website) {
}
