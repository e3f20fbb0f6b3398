package org.jvirt;

import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.spi.Unsupported;

/**
 * UUID text as libvirt's virUUIDParse reads it: leading ASCII blanks, then 16 bytes of two hex digits each, with
 * any number of '-' or ' ' between bytes (never inside one), then nothing but ASCII blanks.
 */
public final class Uuids {

    private Uuids() {
    }

    /**
     * Parses the uuidstr argument of {@code function} or throws INVALID_ARG. virDomainLookupByUUIDString words
     * its refusal differently from the network and storage lookups (libvirt 9.0's libvirt-domain.c reports
     * "Invalid UUID"; the others use virCheckInvalidArg's generic text).
     */
    public static UUID parse(String text, String function) {
        UUID u = tryParse(text);
        if (u == null) {
            String message = function.equals("virDomainLookupByUUIDString")
                    ? "Invalid UUID"
                    : "uuidstr in " + function + " must be a valid UUID";
            throw VirtException.raw(ErrorCode.INVALID_ARG, Unsupported.apiDomain(function), message, function, "uuidstr");
        }
        return u;
    }

    /** virUUIDParse, or null where it fails. */
    public static UUID tryParse(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        int n = s.length();
        while (i < n && isSpace(s.charAt(i))) {
            i++;
        }
        long hi = 0;
        long lo = 0;
        for (int b = 0; b < 16;) {
            if (i >= n) {
                return null;
            }
            char c = s.charAt(i);
            if (c == '-' || c == ' ') {
                i++;
                continue;
            }
            if (i + 1 >= n || hex(c) < 0 || hex(s.charAt(i + 1)) < 0) {
                return null;
            }
            int v = hex(c) << 4 | hex(s.charAt(i + 1));
            if (b < 8) {
                hi = hi << 8 | v;
            } else {
                lo = lo << 8 | v;
            }
            b++;
            i += 2;
        }
        for (; i < n; i++) {
            if (!isSpace(s.charAt(i))) {
                return null;
            }
        }
        return new UUID(hi, lo);
    }

    /** g_ascii_isspace. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** g_ascii_xdigit_value. */
    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }
}
