package de.lagezentrum.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import de.lagezentrum.platform.LagezentrumProperties;
import de.lagezentrum.platform.audit.AuditLog;
import de.lagezentrum.platform.database.TenantScope;
import de.lagezentrum.platform.database.TenantScope.Purpose;
import de.lagezentrum.platform.security.Secrets;
import de.lagezentrum.platform.web.NotFoundException;

/**
 * Set-password links: a random single-use token, mailed to the account's person and stored only as
 * SHA-256 hash, valid for {@link #LIFETIME}. The new admin of a municipality gets one. Links are opened
 * anonymously, so {@link #usernameForAnonymousLink} and {@link #setPasswordByAnonymousLink} find the
 * account by the token alone, whatever its municipality.
 */
@Service
public class PasswordLinks {

    /** How long a link works. */
    public static final Duration LIFETIME = Duration.ofHours(72);
    private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");

    private final JdbcClient jdbc;
    private final AccountRepository accounts;
    private final PersonRepository people;
    private final TenantRepository tenants;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final LagezentrumProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    PasswordLinks(JdbcClient jdbc, AccountRepository accounts, PersonRepository people, TenantRepository tenants,
            PasswordEncoder passwordEncoder, AuditLog audit, ObjectProvider<JavaMailSender> mail,
            MessageSource messages, LagezentrumProperties properties, PlatformTransactionManager transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.people = people;
        this.tenants = tenants;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    // After the commit, and again after a crash if the mail did not go out (event publication registry);
    // a retry mails a new link, an unsent one simply expires.
    @ApplicationModuleListener
    void on(TenantCreated created) {
        mailLink(created.tenantId(), created.adminAccountId());
    }

    @ApplicationModuleListener
    void on(JournalistAccountCreated created) {
        mailLink(created.tenantId(), created.accountId());
    }

    /** Issues a link for an account of a municipality and mails it to the account's person. */
    void mailLink(UUID tenantId, UUID accountId) {
        Account account = accounts.findById(accountId).filter(candidate -> candidate.tenantId().equals(tenantId))
                .orElseThrow();
        Tenant tenant = tenants.findById(tenantId).orElseThrow();
        String email = people.findByIdAndTenantId(account.personId(), tenantId).orElseThrow().details().email();
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || email == null) {
            log.warn("No set-password link for '{}' of '{}': no mail server or no e-mail address",
                    account.username(), tenant.name());
            return;
        }
        String raw = Secrets.random(32);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(LIFETIME);
        // The link is committed before the mail leaves, so that it works the moment the mail arrives.
        ownTransaction.executeWithoutResult(status -> jdbc.sql("""
                INSERT INTO organisation.password_link (id, tenant_id, account_id, token_hash, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), tenantId, accountId, Secrets.sha256(raw), Timestamp.from(now),
                        Timestamp.from(expiresAt))
                .update());
        String link = properties.baseUrl().replaceAll("/+$", "") + "/password/set?token=" + raw;
        String until = WHEN.format(expiresAt.atZone(ZoneId.of(tenant.timeZone())));
        var message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(email);
        message.setSubject(messages.getMessage("password.link.mail.subject", new Object[] {tenant.name()},
                Locale.GERMAN));
        message.setText(messages.getMessage("password.link.mail.text",
                new Object[] {tenant.name(), account.username(), link, until}, Locale.GERMAN));
        sender.send(message);
    }

    /**
     * The username a link sets the password for; empty when the token is unknown, used or expired.
     * Anonymous: looks the token up in every municipality.
     */
    @Transactional(readOnly = true)
    public Optional<String> usernameForAnonymousLink(String rawToken) {
        return accountOfAnonymousLink(rawToken).map(Account::username);
    }

    /**
     * Sets the password of the link's account and uses the link up (with every other open link of that
     * account). Anonymous: looks the token up in every municipality. Throws {@link NotFoundException} for
     * an unknown, used or expired token, and {@code InvalidInputException} (field {@code newPassword}) for a
     * password that breaks the rule; nothing changes then.
     */
    @Transactional
    public void setPasswordByAnonymousLink(String rawToken, String newPassword) {
        Account account = accountOfAnonymousLink(rawToken).orElseThrow(() -> new NotFoundException("PasswordLink"));
        Passwords.check("newPassword", newPassword, account.username());
        // Found across municipalities; the change itself is made as the account's municipality.
        TenantScope.run(account.tenantId(), () -> {
            // Using the link up first, in one statement, keeps it single-use when two requests race.
            Instant now = clock.instant();
            if (jdbc.sql("""
                    UPDATE organisation.password_link SET used_at = ?
                     WHERE token_hash = ? AND account_id = ? AND used_at IS NULL AND expires_at > ?""")
                    .params(Timestamp.from(now), Secrets.sha256(rawToken), account.id(), Timestamp.from(now))
                    .update() == 0) {
                throw new NotFoundException("PasswordLink");
            }
            jdbc.sql("UPDATE organisation.password_link SET used_at = ? WHERE account_id = ? AND used_at IS NULL")
                    .params(Timestamp.from(now), account.id()).update();
            accounts.save(account.changePasswordHash(passwordEncoder.encode(newPassword)));
            audit.record(account.tenantId(), "PASSWORD_SET_BY_LINK", "Security", account.id(), account.username(),
                    null, null);
        });
    }

    /** The account of an open link, looked up in every municipality (as at sign-in). */
    private Optional<Account> accountOfAnonymousLink(String rawToken) {
        if (rawToken.isBlank() || rawToken.length() > 100) {
            return Optional.empty();
        }
        return TenantScope.call(Purpose.SIGN_IN, () -> jdbc.sql("""
                SELECT account_id FROM organisation.password_link
                 WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?""")
                .params(Secrets.sha256(rawToken), Timestamp.from(clock.instant()))
                .query(UUID.class).optional().flatMap(accounts::findById));
    }
}
