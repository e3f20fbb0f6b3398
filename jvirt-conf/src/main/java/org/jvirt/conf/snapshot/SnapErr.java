package org.jvirt.conf.snapshot;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The errors of libvirt's snapshot_conf.c, reported under VIR_FROM_DOMAIN_SNAPSHOT. */
final class SnapErr {

    private SnapErr() {
    }

    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.DOMAIN_SNAPSHOT, String.format(fmt, args));
    }

    static VirtException internal(String fmt, Object... args) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.DOMAIN_SNAPSHOT, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.DOMAIN_SNAPSHOT, String.format(fmt, args));
    }

    /** An error libvirt raises from a helper in another file (domain_conf.c, virxml.c...). */
    static VirtException of(ErrorCode code, ErrorDomain domain, String message) {
        return VirtException.of(code, domain, message);
    }

    /** virXMLPropEnum's failure, raised from VIR_FROM_XML. */
    static VirtException badAttr(String attr, String element, String value) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Invalid value for attribute '" + attr + "' in element '" + element + "': '" + value + "'.");
    }
}
