package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** remote_error (virNetMessageError): the full error record of a failed call; dom and net are unused by libvirt. */
public record RemoteError(
        int code, int domain, @XdrOptional String message, int level, @XdrOptional NonnullDomain dom,
        @XdrOptional String str1, @XdrOptional String str2, @XdrOptional String str3, int int1, int int2,
        @XdrOptional NonnullNetwork net) {
}
