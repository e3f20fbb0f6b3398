package org.jvirt.rpc.remote;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.ErrorLevel;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;

/** The error record on the wire <-> jvirt's, field for field, so a remote error reads as a local one. */
public final class RemoteErrors {

    private RemoteErrors() {
    }

    public static RemoteError toWire(VirtError e) {
        return new RemoteError(e.code().value(), e.domain().value(), e.message(), e.level().value(), null,
                e.str1(), e.str2(), e.str3(), e.int1(), e.int2(), null);
    }

    /**
     * The exception a client raises for a remote error. Codes or domains newer than this build become
     * INTERNAL_ERROR / NONE; the server's message is kept as it is.
     */
    public static VirtException fromWire(RemoteError e) {
        ErrorCode code = ErrorCode.of(e.code());
        ErrorDomain domain = ErrorDomain.of(e.domain());
        VirtError error = new VirtError(code == null ? ErrorCode.INTERNAL_ERROR : code,
                domain == null ? ErrorDomain.NONE : domain, ErrorLevel.of(e.level()),
                e.message() == null ? "unknown error" : e.message(), e.str1(), e.str2(), e.str3(), e.int1(), e.int2());
        return new VirtException(error);
    }
}
