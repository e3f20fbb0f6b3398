package org.jvirt.conf.network;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The error shapes the network parser raises, with libvirt 9.0's codes and domains. */
final class NetErr {

    private NetErr() {
    }

    /** VIR_ERR_XML_ERROR from VIR_FROM_NETWORK: "XML error: ...". */
    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    static VirtException detail(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_DETAIL, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    /** virXMLProp* failures are raised from util/virxml.c, i.e. VIR_FROM_XML. */
    static VirtException badAttr(String attr, String element, String value, String expected) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute '" + attr
                + "' in element '" + element + "': '" + value + "'." + (expected == null ? "" : " " + expected));
    }

    /** virsocketaddr.c errors carry no domain (VIR_FROM_NONE). */
    static VirtException socket(ErrorCode code, String fmt, Object... args) {
        return VirtException.of(code, ErrorDomain.NONE, String.format(fmt, args));
    }
}
