package de.lagezentrum.organisation;

import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;

import static de.lagezentrum.ApiTestSupport.bearer;
import static de.lagezentrum.ApiTestSupport.json;
import static de.lagezentrum.ApiTestSupport.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Adds municipalities the way an operator does: through {@code POST /api/v1/tenants}, the mailed
 * set-password link and {@code /password/set}. Tests that need a second municipality "from outside"
 * use this instead of {@link TestOrganisation}. Each instance has its own operator account.
 */
public class TestOperator {

    private static final Pattern LINK = Pattern.compile("/password/set\\?token=([A-Za-z0-9_-]+)");

    private final MockMvcTester mvc;
    private final GreenMail mail;
    private final TestOrganisation organisation;
    private CurrentUser operator;

    public TestOperator(MockMvcTester mvc, GreenMail mail, TestOrganisation organisation) {
        this.mvc = mvc;
        this.mail = mail;
        this.organisation = organisation;
    }

    /** An account with the role OPERATOR only (of its own small municipality); password {@link TestOrganisation#PASSWORD}. */
    public CurrentUser operator() {
        if (operator == null) {
            TestTenant home = organisation.newTenant("Betriebsstadt " + UUID.randomUUID());
            operator = home.user("Betrieb", Role.OPERATOR);
        }
        return operator;
    }

    /** The {@code Authorization} header of the operator. */
    public String operatorBearer() {
        return bearer(mvc, operator().username(), TestOrganisation.PASSWORD);
    }

    /** {@code POST /api/v1/tenants} as the operator. */
    public MvcTestResult post(String name, String adminUsername, String adminEmail) {
        return mvc.post().uri("/api/v1/tenants").header(HttpHeaders.AUTHORIZATION, operatorBearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json("name", name, "adminUsername", adminUsername, "adminEmail", adminEmail)).exchange();
    }

    /**
     * A new municipality whose admin has set the password {@link TestOrganisation#PASSWORD} through the
     * mailed link.
     */
    public Municipality newMunicipality(String name) {
        String username = "op" + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@kommune.example";
        MvcTestResult created = post(name, username, email);
        assertThat(created).hasStatus(201);
        UUID id = UUID.fromString(read(created).get("id").asString());
        String token = linkTokenMailedTo(email);
        assertThat(mvc.post().uri("/password/set").with(csrf()).param("token", token)
                .param("newPassword", TestOrganisation.PASSWORD).param("confirmation", TestOrganisation.PASSWORD))
                .hasStatus3xxRedirection().redirectedUrl().isEqualTo("/login?passwordSet");
        return new Municipality(id, name, username);
    }

    /** The token of the set-password link mailed to this address (waits for the mail). */
    public String linkTokenMailedTo(String email) {
        for (int attempt = 0; attempt < 100; attempt++) {
            for (MimeMessage message : mail.getReceivedMessages()) {
                if (sentTo(message, email)) {
                    Matcher link = LINK.matcher(body(message));
                    assertThat(link.find()).as("link in the mail").isTrue();
                    return link.group(1);
                }
            }
            mail.waitForIncomingEmail(100, mail.getReceivedMessages().length + 1);
        }
        throw new AssertionError("No mail to " + email);
    }

    /** The decoded text of a mail. */
    public static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sentTo(MimeMessage message, String email) {
        try {
            return message.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                            .anyMatch(address -> address.toString().equals(email));
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A municipality made through the operator API.
     *
     * @param adminUsername its admin, password {@link TestOrganisation#PASSWORD}
     */
    public record Municipality(UUID id, String name, String adminUsername) {
    }
}
