package org.jvirt.error;

import java.util.Objects;

/**
 * The one exception type of jvirt: carries libvirt's error record unchanged. Unchecked, because every
 * call can fail the same handful of ways and Java callers should not have to wrap each one.
 */
public class VirtException extends RuntimeException {

    private final VirtError error;

    public VirtException(VirtError error) {
        super(error.message());
        this.error = Objects.requireNonNull(error);
    }

    public VirtException(VirtError error, Throwable cause) {
        super(error.message(), cause);
        this.error = Objects.requireNonNull(error);
    }

    /**
     * An error whose message is built the way libvirt builds it: the code's standard text (localised),
     * followed by ": detail" when a detail is given.
     */
    public static VirtException of(ErrorCode code, ErrorDomain domain, String detail) {
        // Like virReportErrorHelper: str1 carries the standard text as a format, str2 the detail.
        return new VirtException(new VirtError(code, domain, ErrorLevel.ERROR,
                ErrorMessages.format(code, detail), ErrorMessages.template(code, detail), detail, null, -1, -1));
    }

    /** As {@link #of(ErrorCode, ErrorDomain, String)} with a printf-style detail. */
    public static VirtException of(ErrorCode code, ErrorDomain domain, String detailFormat, Object... args) {
        return of(code, domain, String.format(detailFormat, args));
    }

    /**
     * An error whose message is given whole, for the few libvirt reports that skip the code's standard text
     * (virReportInvalidArg and friends: "unsupported flags (0x1) in function testDomainShutdownFlags").
     */
    public static VirtException raw(ErrorCode code, ErrorDomain domain, String message, String str1, String str2) {
        return new VirtException(new VirtError(code, domain, ErrorLevel.ERROR, message, str1, str2, null, -1, -1));
    }

    public VirtError error() {
        return error;
    }

    public ErrorCode code() {
        return error.code();
    }

    public ErrorDomain domain() {
        return error.domain();
    }
}
