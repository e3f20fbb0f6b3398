package org.jvirt.core;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.ErrorLevel;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;

/** Error shapes shared by drivers that VirtException.of cannot build on its own. */
public final class VirErrors {

    private VirErrors() {
    }

    /**
     * An error whose message is exactly {@code message}, without the code's standard prefix: what libvirt's
     * virReportInvalidArg and the VIR_EXCLUSIVE_FLAGS / VIR_REQUIRE_FLAG checks produce.
     */
    public static VirtException raw(ErrorCode code, ErrorDomain domain, String message) {
        return new VirtException(new VirtError(code, domain, ErrorLevel.ERROR, message, "%s", message, null, -1, -1));
    }

    /** virReportInvalidArg: "ARG in FUNCTION must not be NULL" and friends, under the given domain. */
    public static VirtException invalidArg(ErrorDomain domain, String fmt, Object... args) {
        return raw(ErrorCode.INVALID_ARG, domain, String.format(fmt, args));
    }

    /**
     * virCheckFlags exactly as libvirt words it: INVALID_ARG whose message has no "invalid argument: " prefix
     * ("unsupported flags (0x4) in function testDomainUndefineFlags"), as python3-libvirt shows for 9.0.
     */
    public static void checkFlags(int flags, int allowed, ErrorDomain domain, String function) {
        int unknown = flags & ~allowed;
        if (unknown != 0) {
            throw raw(ErrorCode.INVALID_ARG, domain, String.format("unsupported flags (0x%x) in function %s",
                    Integer.toUnsignedLong(unknown), function));
        }
    }

    /** virDomainObjCheckActive: "Requested operation is not valid: domain is not running" (VIR_FROM_DOMAIN). */
    public static VirtException notRunning() {
        return VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.DOMAIN, "domain is not running");
    }
}
