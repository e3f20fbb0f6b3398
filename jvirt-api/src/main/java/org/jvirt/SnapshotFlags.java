package org.jvirt;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.VirFlag;

/**
 * The public layer's flag checks of libvirt-domain-snapshot.c and libvirt-domain-checkpoint.c
 * (VIR_EXCLUSIVE_FLAGS, VIR_REQUIRE_FLAG).
 */
final class SnapshotFlags {

    private SnapshotFlags() {
    }

    static void exclusive(int flags, VirFlag a, VirFlag b, String nameA, String nameB) {
        exclusive(ErrorDomain.DOMAIN_SNAPSHOT, flags, a, b, nameA, nameB);
    }

    /** The same check for another API file (libvirt-domain-checkpoint.c reports under DOMAIN_CHECKPOINT). */
    static void exclusive(ErrorDomain domain, int flags, VirFlag a, VirFlag b, String nameA, String nameB) {
        if ((flags & a.value()) != 0 && (flags & b.value()) != 0) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, domain,
                    "Flags '" + nameA + "' and '" + nameB + "' are mutually exclusive", null, null);
        }
    }

    /** {@code flag} needs {@code required}. */
    static void requires(int flags, VirFlag flag, VirFlag required, String flagName, String requiredName) {
        requires(ErrorDomain.DOMAIN_SNAPSHOT, flags, flag, required, flagName, requiredName);
    }

    static void requires(ErrorDomain domain, int flags, VirFlag flag, VirFlag required, String flagName,
            String requiredName) {
        if ((flags & flag.value()) != 0 && (flags & required.value()) == 0) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, domain,
                    "Flag '" + requiredName + "' is required by flag '" + flagName + "'", null, null);
        }
    }
}
