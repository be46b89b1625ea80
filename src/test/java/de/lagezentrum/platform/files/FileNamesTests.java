package de.lagezentrum.platform.files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names from uploads are kept without what could harm a file system, a header or a reader. */
class FileNamesTests {

    @Test
    void pathsControlCharactersAndDirectionOverridesAreRemoved() {
        assertThat(FileNames.clean("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.clean("C:\\Users\\presse\\Mitschnitt 04.03..wav")).isEqualTo("Mitschnitt 04.03..wav");
        assertThat(FileNames.clean("Bericht\u202Efdp.exe")).isEqualTo("Berichtfdp.exe");
        assertThat(FileNames.clean("a\r\nSet-Cookie: x\u0000.pdf")).isEqualTo("aSet-Cookie_ x.pdf");
        assertThat(FileNames.clean("\"quoted\"<b>|?*.png")).isEqualTo("_quoted__b____.png");
        assertThat(FileNames.clean("...")).isNull();
        assertThat(FileNames.clean("   ")).isNull();
        assertThat(FileNames.clean(null)).isNull();
    }

    @Test
    void longNamesAreShortenedKeepingTheirExtension() {
        String name = FileNames.clean("x".repeat(400) + ".pdf");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("x.pdf");
    }

    @Test
    void contentDispositionOffersAnAsciiFallbackAndTheExactNameInUtf8() {
        assertThat(FileNames.contentDisposition("attachment", "Pressemappe Übersicht; 100%.pdf")).isEqualTo(
                "attachment; filename=\"Pressemappe Ubersicht_ 100_.pdf\"; "
                        + "filename*=UTF-8''Pressemappe%20%C3%9Cbersicht%3B%20100%25.pdf");
        assertThat(FileNames.contentDisposition("inline", "O-Ton Bürgermeisterin.mp3"))
                .isEqualTo("inline; filename=\"O-Ton Burgermeisterin.mp3\"; filename*=UTF-8''O-Ton%20B%C3%BCrgermeisterin.mp3");
        assertThat(FileNames.contentDisposition("inline", null)).isEqualTo("inline");
        assertThat(FileNames.contentDisposition("attachment", "\u202E")).isEqualTo("attachment");
    }
}
