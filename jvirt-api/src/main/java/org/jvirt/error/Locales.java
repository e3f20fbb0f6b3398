package org.jvirt.error;

import java.util.Locale;
import java.util.Map;

/**
 * The message locale from the environment, chosen the way gettext (and so libvirt and virsh) chooses it:
 * {@code LC_ALL}, then {@code LC_MESSAGES}, then {@code LANG} (the first one set and non-empty); {@code C} or
 * {@code POSIX} mean untranslated (English); when the chosen locale is not C, GNU's {@code LANGUAGE} list takes
 * precedence. Values look like {@code language[_TERRITORY][.codeset][@modifier]}.
 *
 * <p>A program calls {@link #install()} once, first thing in {@code main}, so that every ResourceBundle
 * (for example {@link ErrorMessages}) follows the user's language. The JVM's own guess is not used because it
 * falls back to English whenever the locale is not installed in the C library, where gettext would still honour
 * {@code LANGUAGE}.
 */
public final class Locales {

    private Locales() {
    }

    /** The message locale for this process's environment. */
    public static Locale fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /** The message locale for the given environment variables (gettext's precedence). */
    public static Locale fromEnvironment(Map<String, String> env) {
        String value = firstSet(env, "LC_ALL", "LC_MESSAGES", "LANG");
        if (value == null || isPosix(value)) {
            return Locale.ENGLISH;
        }
        String language = env.get("LANGUAGE");
        if (language != null) {
            for (String entry : language.split(":")) {
                if (!entry.isEmpty() && !isPosix(entry)) {
                    return parse(entry);
                }
            }
        }
        return parse(value);
    }

    /** A POSIX locale name ({@code de_DE.UTF-8@euro}, {@code pt_BR}, {@code fr}) as a Java locale. */
    public static Locale parse(String posix) {
        if (posix == null || posix.isBlank() || isPosix(posix)) {
            return Locale.ENGLISH;
        }
        String s = posix.strip();
        int cut = indexOfAny(s, '.', '@');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        String language = s;
        String country = "";
        int us = s.indexOf('_');
        if (us < 0) {
            us = s.indexOf('-');
        }
        if (us >= 0) {
            language = s.substring(0, us);
            country = s.substring(us + 1);
        }
        if (!language.matches("[A-Za-z]{2,8}") || !country.matches("([A-Za-z]{2}|[0-9]{3})?")) {
            return Locale.ENGLISH;
        }
        return country.isEmpty() ? Locale.of(language) : Locale.of(language, country);
    }

    /**
     * Makes {@link #fromEnvironment()} the default for messages (the default locale and its DISPLAY category),
     * keeping the FORMAT category as the JVM set it from LC_NUMERIC & co., so number formatting is unchanged.
     * Returns the message locale.
     */
    public static Locale install() {
        return install(fromEnvironment());
    }

    /** Like {@link #install()} for a given locale. */
    public static Locale install(Locale messages) {
        Locale format = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(messages);
        Locale.setDefault(Locale.Category.FORMAT, format);
        return messages;
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String n : names) {
            String v = env.get(n);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return null;
    }

    private static boolean isPosix(String v) {
        return v.equals("C") || v.equals("POSIX") || v.startsWith("C.") || v.startsWith("C@");
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
