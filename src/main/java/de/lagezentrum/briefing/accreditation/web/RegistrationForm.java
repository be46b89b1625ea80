package de.lagezentrum.briefing.accreditation.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

import de.lagezentrum.briefing.NewAccreditation;
import de.lagezentrum.briefing.ProofDocument;

/**
 * The public registration form: the journalist's name, outlet and address, an optional proof, and the
 * honeypot {@code website}, which people never see and bots fill in.
 */
public class RegistrationForm {

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = NewAccreditation.ONE_LINE)
    private String name = "";

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = NewAccreditation.ONE_LINE)
    private String outlet = "";

    @NotBlank
    @Email
    @Size(max = 254)
    private String email = "";

    private String website = "";

    private @Nullable MultipartFile proof;

    /** Whether a bot filled in the field that people are asked to leave empty. */
    boolean honeypotFilled() {
        return website != null && !website.isEmpty();
    }

    NewAccreditation command() {
        return new NewAccreditation(name, outlet, email);
    }

    /** The uploaded proof; null when none was chosen. */
    @Nullable ProofDocument proofDocument() {
        return proof == null || proof.isEmpty() ? null : new ProofDocument(proof, proof.getOriginalFilename());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOutlet() {
        return outlet;
    }

    public void setOutlet(String outlet) {
        this.outlet = outlet;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public @Nullable MultipartFile getProof() {
        return proof;
    }

    public void setProof(@Nullable MultipartFile proof) {
        this.proof = proof;
    }
}
