package org.jvirt.core;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.VirFlag;

/** Error shapes shared by drivers that VirtException.of cannot build on its own. */
public final class VirErrors {

    private VirErrors() {
    }

    /**
     * An error whose message is exactly {@code message}, without the code's standard prefix: what libvirt's
     * virReportInvalidArg and the VIR_EXCLUSIVE_FLAGS / VIR_REQUIRE_FLAG checks produce.
     */
    public static VirtException raw(ErrorCode code, ErrorDomain domain, String message) {
        return VirtException.raw(code, domain, message, "%s", message);
    }

    /** virReportInvalidArg: "ARG in FUNCTION must not be NULL" and friends, under the given domain. */
    public static VirtException invalidArg(ErrorDomain domain, String fmt, Object... args) {
        return raw(ErrorCode.INVALID_ARG, domain, String.format(fmt, args));
    }

    /** virCheckFlags: the one check lives in {@link VirFlag#check}; drivers call it through here. */
    public static void checkFlags(int flags, int allowed, ErrorDomain domain, String function) {
        VirFlag.check(flags, allowed, domain, function);
    }

    /** virDomainObjCheckActive: "Requested operation is not valid: domain is not running" (VIR_FROM_DOMAIN). */
    public static VirtException notRunning() {
        return VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, "domain is not running");
    }
}
