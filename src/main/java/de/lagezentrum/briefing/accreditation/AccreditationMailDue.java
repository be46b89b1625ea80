package de.lagezentrum.briefing.accreditation;

import java.util.UUID;

/**
 * A mail to a journalist that a step of their accreditation calls for. Published in the step's
 * transaction and sent after the commit on another thread ({@link AccreditationMails}), so the answer to a
 * registration neither waits for the mail server nor shows by its timing which mail went out; the event
 * publication registry sends it again after a crash. It carries no link: the link is made when the mail
 * is sent, so no usable token is ever stored.
 *
 * @param tenantId the municipality
 * @param accreditationId the accreditation the mail is about
 * @param mail which mail
 * @param language the language of the mail ({@code de} or {@code en})
 * @param municipality the municipality's name as the press office's mails sign with it; empty if unknown
 */
public record AccreditationMailDue(UUID tenantId, UUID accreditationId, Mail mail, String language,
        String municipality) {

    /** The mails of an accreditation besides the approval's ({@code JournalistAccredited}). */
    public enum Mail {
        /** The link that confirms the address (new or still unconfirmed registration). */
        CONFIRM("accreditation.mail.confirm"),
        /** The address registered again while the press office reviews it. */
        ALREADY_REGISTERED("accreditation.mail.registered"),
        /** The address registered again although it is accredited. */
        ALREADY_ACCREDITED("accreditation.mail.accredited"),
        /** The press office's question with the link to answer it. */
        INFORMATION_REQUESTED("accreditation.mail.more-info"),
        /** The rejection with its reason. */
        REJECTED("accreditation.mail.rejected");

        private final String key;

        Mail(String key) {
            this.key = key;
        }

        /** The message keys' prefix: {@code <key>.subject}, {@code <key>.text}. */
        String key() {
            return key;
        }
    }
}
