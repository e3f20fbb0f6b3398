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
        ResourceBundle bundle = bundle();
        String key = detail == null ? code.name() : code.name() + ".detail";
        String template;
        try {
            template = bundle.getString(key);
        } catch (MissingResourceException e) {
            template = detail == null ? "unknown error" : "%1$s";
        }
        return detail == null ? template : String.format(template, detail);
    }

    static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }
}
