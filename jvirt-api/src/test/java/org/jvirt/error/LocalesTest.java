package org.jvirt.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue section 6: the locale comes from the environment as gettext reads it, and error texts follow it. */
class LocalesTest {

    private Locale saved;
    private Locale savedFormat;

    @BeforeEach
    void save() {
        saved = Locale.getDefault();
        savedFormat = Locale.getDefault(Locale.Category.FORMAT);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
        Locale.setDefault(Locale.Category.FORMAT, savedFormat);
    }

    @Test
    void gettextPrecedence() {
        assertThat(Locales.fromEnvironment(Map.of())).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.fromEnvironment(Map.of("LANG", "C.UTF-8"))).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.fromEnvironment(Map.of("LANG", "de_DE.UTF-8"))).isEqualTo(Locale.of("de", "DE"));
        assertThat(Locales.fromEnvironment(Map.of("LANG", "de_DE.UTF-8", "LC_MESSAGES", "fr_FR")))
                .isEqualTo(Locale.of("fr", "FR"));
        assertThat(Locales.fromEnvironment(Map.of("LANG", "de_DE", "LC_MESSAGES", "fr_FR", "LC_ALL", "POSIX")))
                .isEqualTo(Locale.ENGLISH);
        assertThat(Locales.fromEnvironment(Map.of("LC_ALL", "", "LANG", "de_AT@euro"))).isEqualTo(Locale.of("de", "AT"));
        // LANGUAGE wins unless the locale is C (gettext ignores it then)
        assertThat(Locales.fromEnvironment(Map.of("LANG", "en_US.UTF-8", "LANGUAGE", "de:fr"))).isEqualTo(Locale.of("de"));
        assertThat(Locales.fromEnvironment(Map.of("LANG", "C", "LANGUAGE", "de"))).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void parsesPosixNames() {
        assertThat(Locales.parse("pt_BR.ISO-8859-1")).isEqualTo(Locale.of("pt", "BR"));
        assertThat(Locales.parse("sr@latin")).isEqualTo(Locale.of("sr"));
        assertThat(Locales.parse("POSIX")).isEqualTo(Locale.ENGLISH);
        assertThat(Locales.parse("not a locale!")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void errorMessagesAreGermanUnderAGermanLocale() {
        Locales.install(Locales.fromEnvironment(Map.of("LANG", "de_DE.UTF-8")));
        assertThat(ErrorMessages.format(ErrorCode.NO_DOMAIN, "foo")).isEqualTo("Domain nicht gefunden: foo");
        assertThat(ErrorMessages.format(ErrorCode.NO_SUPPORT, null))
                .isEqualTo("Diese Funktion wird vom Verbindungstreiber nicht unterstützt");
        // libvirt's German catalogue has no entry for this one: gettext falls back to the msgid, so do we
        assertThat(ErrorMessages.format(ErrorCode.NO_MEMORY, "x")).isEqualTo("out of memory: x");
    }

    @Test
    void errorMessagesAreEnglishOtherwise() {
        Locales.install(Locales.fromEnvironment(Map.of("LANG", "C.UTF-8")));
        assertThat(ErrorMessages.format(ErrorCode.NO_DOMAIN, "foo")).isEqualTo("Domain not found: foo");
        Locales.install(Locales.fromEnvironment(Map.of("LANG", "ja_JP.UTF-8")));
        assertThat(ErrorMessages.format(ErrorCode.NO_DOMAIN, "foo")).isEqualTo("Domain not found: foo");
    }

    @Test
    void installKeepsTheFormatLocale() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        Locales.install(Locale.GERMANY);
        assertThat(Locale.getDefault()).isEqualTo(Locale.GERMANY);
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.ROOT);
        assertThat(String.format("%.1f", 1.5)).isEqualTo("1.5");
    }

    @Test
    void everyGermanKeyExistsInEnglishWithTheSamePlaceholders() {
        var de = java.util.ResourceBundle.getBundle("org.jvirt.error.messages", Locale.GERMAN);
        var en = java.util.ResourceBundle.getBundle("org.jvirt.error.messages", Locale.ROOT);
        for (String key : de.keySet()) {
            assertThat(en.containsKey(key)).as(key).isTrue();
            assertThat(de.getString(key).contains("%1$s")).as(key).isEqualTo(en.getString(key).contains("%1$s"));
        }
    }
}
