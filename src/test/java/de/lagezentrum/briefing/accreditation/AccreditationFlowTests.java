package de.lagezentrum.briefing.accreditation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

import de.lagezentrum.Administrator;
import de.lagezentrum.IntegrationTest;
import de.lagezentrum.briefing.AccreditationDetails;
import de.lagezentrum.briefing.AccreditationStatus;
import de.lagezentrum.briefing.AccreditationView;
import de.lagezentrum.briefing.Accreditations;
import de.lagezentrum.briefing.ConfirmationResult;
import de.lagezentrum.briefing.NewAccreditation;
import de.lagezentrum.briefing.ReviewNote;
import de.lagezentrum.organisation.Role;
import de.lagezentrum.organisation.TestOrganisation;
import de.lagezentrum.organisation.TestOrganisation.TestTenant;
import de.lagezentrum.platform.security.CurrentUser;
import de.lagezentrum.platform.web.ConflictException;
import de.lagezentrum.platform.web.NotFoundException;
import de.lagezentrum.platform.web.PageRequest;

import static de.lagezentrum.briefing.accreditation.AccreditationMailbox.body;
import static de.lagezentrum.briefing.accreditation.AccreditationMailbox.confirmationToken;
import static de.lagezentrum.briefing.accreditation.AccreditationMailbox.subject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An accreditation from registration to account, through the facade, with real mail (GreenMail). */
@IntegrationTest
class AccreditationFlowTests {

    @Autowired
    Accreditations accreditations;

    @Autowired
    TestOrganisation organisation;

    @Autowired
    GreenMail mail;

    @Autowired
    @Administrator
    JdbcClient jdbc;

    @Autowired
    JdbcClient appJdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    TestTenant tenant;
    CurrentUser pressOffice;
    String email;

    @BeforeEach
    void tenant() {
        tenant = organisation.newTenant("Pressestadt " + UUID.randomUUID());
        pressOffice = tenant.user("Petra Presse", Role.PRESS_OFFICE, Role.EMPLOYEE);
        email = "jana." + UUID.randomUUID().toString().substring(0, 8) + "@zeitung.example";
    }

    @Test
    void registrationConfirmedAndApprovedBecomesAJournalistAccountWithASetPasswordLink() {
        register(email);

        List<MimeMessage> first = AccreditationMailbox.awaitCount(mail, email, 1);
        assertThat(subject(first.get(0))).contains("bestätigen");
        assertThat(accreditations.confirm(confirmationToken(mail, email))).isEqualTo(ConfirmationResult.CONFIRMED);

        AccreditationView pending = single(AccreditationStatus.PENDING);
        assertThat(pending.email()).isEqualTo(email);
        assertThat(pending.confirmedAt()).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM platform.notification WHERE person_id = ? AND message_key = ?")
                .params(pressOffice.personId(), "notification.accreditation.pending").query(Long.class).single())
                .isEqualTo(1);

        AccreditationView approved = accreditations.approve(pressOffice, pending.id());

        assertThat(approved.status()).isEqualTo(AccreditationStatus.APPROVED);
        assertThat(approved.personId()).isNotNull();
        assertThat(jdbc.sql("""
                SELECT r.role FROM organisation.account a JOIN organisation.account_role r ON r.account_id = a.id
                 WHERE a.person_id = ? AND a.tenant_id = ? AND a.password_hash IS NULL""")
                .params(approved.personId(), tenant.id()).query(String.class).list()).containsExactly("JOURNALIST");
        List<MimeMessage> all = AccreditationMailbox.awaitCount(mail, email, 3);
        assertThat(all).anySatisfy(message -> assertThat(body(message)).contains("/password/set?token="));
        assertThat(all).anySatisfy(message -> assertThat(subject(message)).contains("bestätigt"));

        AccreditationDetails details = accreditations.details(pressOffice, pending.id());
        assertThat(details.history()).extracting(change -> change.to()).containsExactly(
                AccreditationStatus.UNCONFIRMED, AccreditationStatus.PENDING, AccreditationStatus.APPROVED);
        assertThat(details.history().get(2).actorName()).isEqualTo("Petra Presse");
        assertThat(jdbc.sql("SELECT action FROM platform.audit_entry WHERE tenant_id = ? AND entity_id = ?"
                + " ORDER BY occurred_at").params(tenant.id(), pending.id()).query(String.class).list())
                .containsExactly("REGISTERED", "CONFIRMED", "APPROVED");

        assertThatThrownBy(() -> accreditations.approve(pressOffice, pending.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("SELECT count(*) FROM organisation.person WHERE tenant_id = ? AND email = ?")
                .params(tenant.id(), email).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aRegisteredAddressIsNotStoredTwiceAndGetsANoticeInsteadOfASecondRegistration() {
        register(email);
        accreditations.confirm(confirmationToken(mail, email));

        register(email);

        List<MimeMessage> messages = AccreditationMailbox.awaitCount(mail, email, 2);
        assertThat(subject(messages.get(1))).contains("bereits");
        assertThat(rows(email)).isEqualTo(1);
    }

    @Test
    void theHoneypotStoresAndMailsNothing() {
        accreditations.register(tenant.id(), new NewAccreditation("Bot", "Spam", email, "https://spam.example"),
                Locale.GERMAN);

        assertThat(rows(email)).isZero();
        assertThat(AccreditationMailbox.to(mail, email)).isEmpty();
    }

    @Test
    void expiredForgedAndReusedLinksChangeNothing() {
        register(email);
        String token = confirmationToken(mail, email);
        UUID id = single(AccreditationStatus.UNCONFIRMED).id();
        var late = new ConfirmationLinks(appJdbc, Clock.offset(clock, Duration.ofHours(-49)), transactions);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String otherId = token.replace(id.toString(), UUID.randomUUID().toString());

        assertThat(accreditations.confirm(late.issue(tenant.id(), id))).isEqualTo(ConfirmationResult.EXPIRED);
        assertThat(accreditations.confirm(otherId)).isEqualTo(ConfirmationResult.INVALID);
        assertThat(accreditations.confirm(token.replace(signature, flip(signature))))
                .isEqualTo(ConfirmationResult.INVALID);
        assertThat(accreditations.confirm("kaputt")).isEqualTo(ConfirmationResult.INVALID);
        assertThat(single(AccreditationStatus.UNCONFIRMED).id()).isEqualTo(id);

        assertThat(accreditations.confirm(token)).isEqualTo(ConfirmationResult.CONFIRMED);
        assertThat(accreditations.confirm(token)).isEqualTo(ConfirmationResult.INVALID);
        assertThat(accreditations.details(pressOffice, id).history()).hasSize(2);
    }

    @Test
    void askingForMoreAndRejectingMailTheJournalistWithTheText() {
        register(email);
        accreditations.confirm(confirmationToken(mail, email));
        UUID id = single(AccreditationStatus.PENDING).id();

        accreditations.askForMore(pressOffice, id, new ReviewNote("Bitte senden Sie Ihren Presseausweis."));
        AccreditationView rejected = accreditations.reject(pressOffice, id, new ReviewNote("Kein Presseausweis."));

        assertThat(rejected.status()).isEqualTo(AccreditationStatus.REJECTED);
        List<MimeMessage> messages = AccreditationMailbox.awaitCount(mail, email, 3);
        assertThat(body(messages.get(1))).contains("Bitte senden Sie Ihren Presseausweis.");
        assertThat(body(messages.get(2))).contains("Kein Presseausweis.").contains(tenant.name());
        assertThat(accreditations.details(pressOffice, id).history()).extracting(change -> change.reason())
                .containsExactly(null, null, "Bitte senden Sie Ihren Presseausweis.", "Kein Presseausweis.");
        assertThatThrownBy(() -> accreditations.reject(pressOffice, id, new ReviewNote("Nochmal")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyThePressOfficeOfTheSameMunicipalityReviews() {
        register(email);
        accreditations.confirm(confirmationToken(mail, email));
        UUID id = single(AccreditationStatus.PENDING).id();
        CurrentUser employee = tenant.user("Egon Amt", Role.EMPLOYEE, Role.ADMIN);
        CurrentUser elsewhere = organisation.newTenant("Anderswo " + UUID.randomUUID())
                .user("Paul Presse", Role.PRESS_OFFICE);

        assertThatThrownBy(() -> accreditations.approve(employee, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accreditations.approve(elsewhere, id)).isInstanceOf(NotFoundException.class);
        assertThat(accreditations.list(elsewhere, AccreditationStatus.PENDING, new PageRequest(0, 50)).items())
                .isEmpty();
        assertThat(single(AccreditationStatus.PENDING).id()).isEqualTo(id);
    }

    private void register(String address) {
        accreditations.register(tenant.id(), new NewAccreditation("Jana Schreiber", "Musterstädter Anzeiger",
                address, null), Locale.GERMAN);
    }

    private AccreditationView single(AccreditationStatus status) {
        var items = accreditations.list(pressOffice, status, new PageRequest(0, 50)).items();
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private long rows(String address) {
        return jdbc.sql("SELECT count(*) FROM briefing.accreditation WHERE email = ?").param(address)
                .query(Long.class).single();
    }

    private static String flip(String signature) {
        char first = signature.charAt(0);
        return (first == 'A' ? 'B' : 'A') + signature.substring(1);
    }
}
