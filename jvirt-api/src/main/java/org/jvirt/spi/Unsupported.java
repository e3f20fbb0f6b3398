package org.jvirt.spi;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The error of a driver-table entry a driver does not fill (libvirt's virReportUnsupportedError). */
public final class Unsupported {

    private Unsupported() {
    }

    public static VirtException call(String publicFunction) {
        return VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.NONE, publicFunction);
    }
}
