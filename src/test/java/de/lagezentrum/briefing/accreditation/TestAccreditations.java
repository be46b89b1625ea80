package de.lagezentrum.briefing.accreditation;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import de.lagezentrum.Administrator;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.LinkState;
import de.lagezentrum.briefing.NewAccreditation;
import de.lagezentrum.briefing.ProofDocument;
import de.lagezentrum.briefing.accreditation.AccreditationLinks.Purpose;
import de.lagezentrum.platform.security.CurrentUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Accreditations for tests, made through the real facade in a test's own municipality, and the mails
 * they cause, read from GreenMail by recipient (every test uses addresses of its own).
 */
@Component
public class TestAccreditations {

    /** A small PDF, as a proof. */
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static final Pattern LINK = Pattern.compile("https?://\\S+[?]token=(\\S+)");

    private final Accreditations accreditations;
    private final AccreditationLinks links;
    private final GreenMail mail;
    private final JdbcClient administrator;

    TestAccreditations(Accreditations accreditations, AccreditationLinks links, GreenMail mail,
            @Administrator JdbcClient administrator) {
        this.accreditations = accreditations;
        this.links = links;
        this.mail = mail;
        this.administrator = administrator;
    }

    /** A new, unique address. */
    public static String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@presse.example";
    }

    /** Registers in the caller's municipality; the id of the (new or known) registration of the address. */
    public UUID register(CurrentUser caller, String name, String email) {
        accreditations.register(caller, new NewAccreditation(name, "Musterstädter Anzeiger", email), null,
                Locale.GERMAN);
        return idOf(email).orElseThrow();
    }

    /** A confirmed accreditation with a PDF as proof, waiting for the press office. */
    public UUID pendingWithProof(CurrentUser caller, String name, String email) {
        accreditations.register(caller, new NewAccreditation(name, "Matrixblatt", email), new ProofDocument(
                new ByteArrayResource(PDF), "presseausweis.pdf"), Locale.GERMAN);
        UUID id = idOf(email).orElseThrow();
        awaitMail(email, 1);
        assertThat(accreditations.confirm(links.issue(Purpose.CONFIRM, caller.tenantId(), id, 0)))
                .isEqualTo(LinkState.DONE);
        return id;
    }

    /** Registers and confirms in the caller's municipality: the accreditation waits for the press office. */
    public UUID pending(CurrentUser caller, String name, String email) {
        UUID id = register(caller, name, email);
        // The confirmation mail goes out only while the address is unconfirmed: wait for it, or its listener
        // may run after the confirmation below, send nothing, and leave the next mail the first one.
        awaitMail(email, 1);
        assertThat(accreditations.confirm(links.issue(Purpose.CONFIRM, caller.tenantId(), id, 0)))
                .isEqualTo(LinkState.DONE);
        return id;
    }

    /** Confirms an address with the link of its n-th mail (the first is 1), as the journalist does. */
    public void confirmByMail(String email, int nth) {
        assertThat(accreditations.confirm(token(awaitMail(email, nth)))).isEqualTo(LinkState.DONE);
    }

    /** The id of the address's registration that is not rejected (newest first), looked at as superuser. */
    public Optional<UUID> idOf(String email) {
        return administrator.sql("""
                SELECT id FROM briefing.accreditation WHERE lower(email) = lower(?)
                 ORDER BY (status = 'REJECTED'), created_at DESC LIMIT 1""")
                .param(email).query(UUID.class).optional();
    }

    /** How many registrations the address has, rejected ones included. */
    public long count(String email) {
        return administrator.sql("SELECT count(*) FROM briefing.accreditation WHERE lower(email) = lower(?)")
                .param(email).query(Long.class).single();
    }

    public AccreditationStatus status(UUID id) {
        return AccreditationStatus.valueOf(administrator.sql("SELECT status FROM briefing.accreditation WHERE id = ?")
                .param(id).query(String.class).single());
    }

    /** Waits until every event published so far is handled: all mails that are due have gone out. */
    public void awaitEventsHandled() {
        await().atMost(Duration.ofSeconds(15)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .until(() -> administrator.sql(
                        "SELECT count(*) FROM platform.event_publication WHERE completion_date IS NULL")
                        .query(Long.class).single() == 0);
    }

    /** Waits for the n-th mail to an address and returns it (the first is 1). */
    public MimeMessage awaitMail(String to, int nth) {
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20))
                .until(() -> mailsTo(to).length >= nth);
        return mailsTo(to)[nth - 1];
    }

    /** The mails an address received, oldest first. */
    public MimeMessage[] mailsTo(String to) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> isTo(message, to))
                .toArray(MimeMessage[]::new);
    }

    /** The token of the link in a mail. */
    public static String token(MimeMessage message) {
        Matcher match = LINK.matcher(text(message));
        assertThat(match.find()).as("a link with a token in %s", text(message)).isTrue();
        return match.group(1);
    }

    /** The plain text of a mail. */
    public static String text(MimeMessage message) {
        try {
            assertThat(message.getContentType()).startsWith("text/plain");
            return message.getContent().toString();
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isTo(MimeMessage message, String to) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(address -> address.toString().equalsIgnoreCase(to));
        }
        catch (MessagingException e) {
            return false;
        }
    }

    /** The accreditations' links, to build expired or forged ones. */
    public AccreditationLinks links() {
        return links;
    }
}
