package de.lagezentrum.briefing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A journalist's registration, from the public form or the API.
 *
 * @param name the journalist's name, one line
 * @param outlet the newsroom or medium they work for, one line
 * @param email the address the confirmation link goes to
 */
public record NewAccreditation(
        @NotBlank @Size(max = 200) @Pattern(regexp = NewAccreditation.ONE_LINE)
        String name,
        @NotBlank @Size(max = 200) @Pattern(regexp = NewAccreditation.ONE_LINE)
        String outlet,
        @NotBlank @Email @Size(max = 254) String email) {

    /** No control characters (line breaks, tabs): names and outlets go into mail subjects and lists. */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";
}
