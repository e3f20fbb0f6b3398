package org.jvirt;

import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** UUID text as libvirt reads it: 32 hex digits, dashes allowed anywhere between byte pairs. */
public final class Uuids {

    private Uuids() {
    }

    /** Parses or throws INVALID_ARG. */
    public static UUID parse(String text) {
        UUID u = tryParse(text);
        if (u == null) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "uuidstr in virDomainLookupByUUIDString %s", "must be a valid UUID");
        }
        return u;
    }

    /** Parses the way virUUIDParse does (leading/trailing blanks skipped, '-' ignored between digits), or null. */
    public static UUID tryParse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        long hi = 0;
        long lo = 0;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '-') {
                continue;
            }
            int v = Character.digit(c, 16);
            if (v < 0 || digits == 32) {
                return null;
            }
            if (digits < 16) {
                hi = hi << 4 | v;
            } else {
                lo = lo << 4 | v;
            }
            digits++;
        }
        return digits == 32 ? new UUID(hi, lo) : null;
    }
}
