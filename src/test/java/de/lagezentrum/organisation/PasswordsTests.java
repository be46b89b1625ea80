package de.lagezentrum.organisation;

import org.junit.jupiter.api.Test;

import de.lagezentrum.platform.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The password rule: at least 12 characters, not the username, not a common password; no composition rules. */
class PasswordsTests {

    @Test
    void tooShortPasswordsAreRefused() {
        assertThatThrownBy(() -> Passwords.check("password", "elf-Zeichen", "nina"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.messageKey()).isEqualTo("validation.password.length");
                });
        assertThatThrownBy(() -> Passwords.check("password", null, "nina")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> Passwords.check("password", "x".repeat(129), "nina"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void commonPasswordsAreRefusedWhateverTheirCase() {
        for (String common : new String[] {"qwerty123456", "1q2w3e4r5t6y", "LeaveMeAlone", " QAZWSXEDCRFV "}) {
            assertThatThrownBy(() -> Passwords.check("newPassword", common, "nina")).as(common)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("validation.password.common"));
        }
    }

    @Test
    void longUncommonPasswordsPassWithoutAnyCompositionRule() {
        // only lower-case letters and blanks: length, not complexity, is what counts
        assertThatCode(() -> Passwords.check("password", "pferd batterie heftklammer", "nina")).doesNotThrowAnyException();
        assertThatCode(() -> Passwords.check("password", "Demo-Lagezentrum-2026", "stab")).doesNotThrowAnyException();
        assertThatCode(() -> Passwords.check("password", TestOrganisation.PASSWORD, "nina")).doesNotThrowAnyException();
        assertThatCode(() -> Passwords.check("password", "Test-Admin-Passwort-2026", "admin"))
                .doesNotThrowAnyException();
    }

    @Test
    void aPasswordWithALoneSurrogateIsRefusedAsNoText() {
        assertThatThrownBy(() -> Passwords.check("password", "pferd batterie \ud800 heftklammer", "nina"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password.text"));
        // a pair is text: an emoji is a character like any other
        assertThatCode(() -> Passwords.check("password", "pferd batterie \ud83d\udc34 heftklammer", "nina"))
                .doesNotThrowAnyException();
    }

    @Test
    void theUsernameIsNoPassword() {
        assertThatThrownBy(() -> Passwords.check("password", "Nina-Neumann-1", "nina-neumann-1"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.password.username"));
    }

    @Test
    void theListIsTheOneOfZxcvbn4jWithItsMostCommonEntries() {
        assertThat(Passwords.class.getResource(Passwords.COMMON_PASSWORDS)).isNotNull();
        assertThat(Passwords.isCommon("password")).isTrue();
        assertThat(Passwords.isCommon("123456")).isTrue();
        assertThat(Passwords.isCommon("Demo-Lagezentrum-2026")).isFalse();
    }

    @Test
    void aWeakFirstAdminPasswordStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> FirstStart.requireStrong("qwerty123456")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LAGEZENTRUM_ADMIN_PASSWORD").hasMessageContaining("most common");
        assertThatThrownBy(() -> FirstStart.requireStrong("kurz")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LAGEZENTRUM_ADMIN_PASSWORD").hasMessageContaining("at least 12");
        assertThat(FirstStart.requireStrong("Test-Admin-Passwort-2026")).isEqualTo("Test-Admin-Passwort-2026");
    }
}
