package org.jvirt.conf.snapshot;

import java.util.Locale;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;

/** virScaleInteger's unit suffixes for snapshot sizes (default scale 1: bytes). */
final class SnapshotUnits {

    private SnapshotUnits() {
    }

    /** Bytes per unit: none or b/byte/bytes = 1; k, m, g, t, p, e alone or with "iB" = 1024^n; with "B" = 1000^n. */
    static long scale(String unit) {
        if (unit == null || unit.isEmpty()) {
            return 1;
        }
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("b") || u.equals("byte") || u.equals("bytes")) {
            return 1;
        }
        int power = "kmgtpe".indexOf(u.charAt(0)) + 1;
        String rest = u.substring(1);
        long base = rest.isEmpty() || rest.equals("ib") ? 1024 : rest.equals("b") ? 1000 : 0;
        if (power == 0 || base == 0) {
            throw SnapErr.of(ErrorCode.INVALID_ARG, ErrorDomain.NONE, "unknown suffix '" + unit + "'");
        }
        long s = 1;
        for (int i = 0; i < power; i++) {
            s *= base;
        }
        return s;
    }
}
