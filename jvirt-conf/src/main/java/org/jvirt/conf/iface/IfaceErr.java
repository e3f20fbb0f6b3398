package org.jvirt.conf.iface;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** Interface XML errors: interface_conf.c reports from VIR_FROM_INTERFACE, virxml.c's attribute helpers from VIR_FROM_XML. */
final class IfaceErr {

    private IfaceErr() {
    }

    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.INTERFACE, String.format(fmt, args));
    }

    static VirtException badAttr(String attr, String element, String value, String expected) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute '" + attr
                + "' in element '" + element + "': '" + value + "'." + (expected == null ? "" : " " + expected));
    }

    static VirtException missingAttr(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Missing required attribute '" + attr + "' in element '" + element + "'");
    }

    /** A failure libvirt 9.0 returns without reporting an error: the public layer's generic text. */
    static VirtException unknown() {
        return VirtException.raw(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE,
                "An error occurred, but the cause is unknown", null, null);
    }
}
