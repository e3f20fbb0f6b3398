package org.jvirt.flags;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** One bit (or value) of a libvirt flag set. Public methods take the raw {@code int flags}; enums build them. */
public interface VirFlag {

    int value();

    /** The OR of the given flags. */
    static int of(VirFlag... flags) {
        int v = 0;
        for (VirFlag f : flags) {
            v |= f.value();
        }
        return v;
    }

    /** Whether {@code flags} has every bit of {@code flag}. */
    static boolean has(int flags, VirFlag flag) {
        return (flags & flag.value()) == flag.value() && flag.value() != 0;
    }

    /**
     * libvirt's virCheckFlags: refuses any bit outside {@code allowed} with INVALID_ARG, naming the driver
     * function the way libvirt does ("unsupported flags (0x4) in function testDomainUndefineFlags", with no
     * standard-text prefix, as virReportInvalidArg reports it).
     */
    static void check(int flags, int allowed, ErrorDomain domain, String function) {
        int unknown = flags & ~allowed;
        if (unknown != 0) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, domain, String.format(
                    "unsupported flags (0x%x) in function %s", Integer.toUnsignedLong(unknown), function),
                    function, "flags");
        }
    }
}
