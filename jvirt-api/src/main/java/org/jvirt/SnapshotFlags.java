package org.jvirt;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.ErrorLevel;
import org.jvirt.error.VirtError;
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
        exclusive(ErrorDomain.DOMAIN_SNAPSHOT, null, flags, a, b, nameA, nameB);
    }

    /**
     * The same check for another API file (libvirt-domain-checkpoint.c reports under DOMAIN_CHECKPOINT). With
     * {@code function}, the error carries what virReportInvalidArg puts in it: the function, the macro's
     * argument name "ctl", and zero integers.
     */
    static void exclusive(ErrorDomain domain, String function, int flags, VirFlag a, VirFlag b, String nameA,
            String nameB) {
        if ((flags & a.value()) != 0 && (flags & b.value()) != 0) {
            throw invalidArg(domain, function, "Flags '" + nameA + "' and '" + nameB + "' are mutually exclusive");
        }
    }

    /** {@code flag} needs {@code required}. */
    static void requires(int flags, VirFlag flag, VirFlag required, String flagName, String requiredName) {
        requires(ErrorDomain.DOMAIN_SNAPSHOT, null, flags, flag, required, flagName, requiredName);
    }

    static void requires(ErrorDomain domain, String function, int flags, VirFlag flag, VirFlag required,
            String flagName, String requiredName) {
        if ((flags & flag.value()) != 0 && (flags & required.value()) == 0) {
            throw invalidArg(domain, function, "Flag '" + requiredName + "' is required by flag '" + flagName + "'");
        }
    }

    private static VirtException invalidArg(ErrorDomain domain, String function, String message) {
        if (function == null) {
            return VirtException.raw(ErrorCode.INVALID_ARG, domain, message, null, null);
        }
        return new VirtException(new VirtError(ErrorCode.INVALID_ARG, domain, ErrorLevel.ERROR, message, function,
                "ctl", null, 0, 0));
    }
}
