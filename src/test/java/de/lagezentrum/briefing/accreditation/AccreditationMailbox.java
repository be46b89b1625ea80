package de.lagezentrum.briefing.accreditation;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.awaitility.Awaitility.await;

/** The test mail server's messages to one address, for accreditation tests. */
final class AccreditationMailbox {

    private static final Pattern CONFIRM = Pattern.compile("bestaetigen\\?token=(\\S+)");

    private AccreditationMailbox() {
    }

    /** Every message so far to this address. */
    static List<MimeMessage> to(GreenMail mail, String address) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> addressedTo(message, address)).toList();
    }

    /** Waits (bounded) until the address has this many messages, then returns them. */
    static List<MimeMessage> awaitCount(GreenMail mail, String address, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> to(mail, address).size() >= count);
        return to(mail, address);
    }

    static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        }
        catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The confirmation token in the newest message to the address with one. */
    static String confirmationToken(GreenMail mail, String address) {
        List<MimeMessage> messages = to(mail, address);
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher match = CONFIRM.matcher(body(messages.get(i)));
            if (match.find()) {
                return match.group(1);
            }
        }
        throw new AssertionError("no confirmation link mailed to " + address);
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients != null && Arrays.stream(recipients).anyMatch(r -> r.toString().equalsIgnoreCase(address));
        }
        catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
