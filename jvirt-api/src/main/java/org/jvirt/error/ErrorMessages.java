package org.jvirt.error;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * libvirt's standard error texts, from a ResourceBundle so that they follow the user's locale the way
 * libvirt's gettext catalogue does.
 */
public final class ErrorMessages {

    private static final String BUNDLE = "org.jvirt.error.messages";

    private ErrorMessages() {
    }

    /** The full message libvirt would print for this code and detail (detail may be null). */
    public static String format(ErrorCode code, String detail) {
        String template = lookup(code, detail);
        return detail == null ? template : template.replace("%1$s", detail);
    }

    /** The standard text as a C-style format ("Domain not found: %s"), as libvirt puts it in str1. */
    public static String template(ErrorCode code, String detail) {
        return lookup(code, detail).replace("%1$s", "%s");
    }

    private static String lookup(ErrorCode code, String detail) {
        String key = detail == null ? code.name() : code.name() + ".detail";
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return detail == null ? "unknown error" : "%1$s";
        }
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }
}
