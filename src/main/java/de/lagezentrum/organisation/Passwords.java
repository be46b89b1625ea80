package de.lagezentrum.organisation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.passay.DictionaryRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResult;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;

import de.lagezentrum.platform.web.InvalidInputException;

/**
 * The password rule (length over complexity, as the BSI and NIST SP 800-63B recommend, and no
 * composition rules): 12 to 128 characters of valid text, not the username, and not one of the 30,000 most common
 * passwords (compared ignoring case). The list is the one zxcvbn4j ships (MIT licence), read from its
 * jar once; Passay checks against it.
 */
final class Passwords {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    /** The common-password list inside the zxcvbn4j jar, one password a line, most common first. */
    static final String COMMON_PASSWORDS = "/com/nulabinc/zxcvbn/matchers/dictionaries/passwords.txt";

    private static final PasswordValidator LENGTH = new PasswordValidator(new LengthRule(MIN_LENGTH, MAX_LENGTH));
    private static final PasswordValidator COMMON = new PasswordValidator(new DictionaryRule(commonPasswords()));

    private Passwords() {
    }

    /**
     * Throws {@link InvalidInputException} for the field when the password breaks the rule.
     *
     * @param password the new password; null counts as too short
     * @param username the account's username; may be null
     */
    static void check(String field, @Nullable String password, @Nullable String username) {
        if (password == null || !LENGTH.validate(new PasswordData(password)).isValid()) {
            throw new InvalidInputException(field, "validation.password.length");
        }
        // A lone UTF-16 surrogate (JSON can carry "\ud800") is no text: Argon2 could not hash it into bytes.
        if (password.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            throw new InvalidInputException(field, "validation.password.text");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new InvalidInputException(field, "validation.password.username");
        }
        if (isCommon(password)) {
            throw new InvalidInputException(field, "validation.password.common");
        }
    }

    /** Whether the password, ignoring case and surrounding blanks, is on the list of common passwords. */
    static boolean isCommon(String password) {
        RuleResult result = COMMON.validate(new PasswordData(password.strip().toLowerCase(Locale.ROOT)));
        return !result.isValid();
    }

    private static WordListDictionary commonPasswords() {
        try (InputStream list = Objects.requireNonNull(Passwords.class.getResourceAsStream(COMMON_PASSWORDS),
                "zxcvbn4j's list of common passwords is missing: " + COMMON_PASSWORDS);
                Reader reader = new InputStreamReader(list, StandardCharsets.UTF_8)) {
            return new WordListDictionary(WordLists.createFromReader(new Reader[] {reader}, false, new ArraysSort()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
