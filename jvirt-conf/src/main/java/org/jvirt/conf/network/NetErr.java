package org.jvirt.conf.network;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The error shapes network parsing raises, with libvirt 9.0's codes and domains. The domain follows the C file
 * that reports: network_conf.c is VIR_FROM_NETWORK, virxml.c VIR_FROM_XML, the netdev_*_conf.c helpers and
 * virsocketaddr.c/virpci.c VIR_FROM_NONE, virnetdevvportprofile.c VIR_FROM_NET.
 */
final class NetErr {

    private NetErr() {
    }

    /** VIR_ERR_XML_ERROR from VIR_FROM_NETWORK: "XML error: ...". */
    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    /** A message used as is: libvirt has one with a literal, never-filled "%s" in it. */
    static VirtException xmlVerbatim(String message) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NETWORK, message);
    }

    static VirtException detail(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_DETAIL, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    static VirtException internal(String fmt, Object... args) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NETWORK, String.format(fmt, args));
    }

    /** virXMLProp* failures are raised from util/virxml.c, i.e. VIR_FROM_XML. */
    static VirtException badAttr(String attr, String element, String value, String expected) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute '" + attr
                + "' in element '" + element + "': '" + value + "'." + (expected == null ? "" : " " + expected));
    }

    /** virXMLPropUInt / virXMLPropULongLong with text that is not a non-negative number. */
    static VirtException badUnsigned(String attr, String element, String value) {
        return badAttr(attr, element, value, "Expected non-negative integer value");
    }

    /** virXMLProp* with VIR_XML_PROP_NONZERO given 0. */
    static VirtException zeroAttr(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Invalid value for attribute '" + attr + "' in element '" + element + "': Zero is not permitted");
    }

    /** virXMLProp* with VIR_XML_PROP_REQUIRED on an absent attribute. */
    static VirtException missingAttr(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Missing required attribute '" + attr + "' in element '" + element + "'");
    }

    /** Errors of helpers compiled with VIR_FROM_NONE (vlan, bandwidth, virtualport, socket and PCI addresses). */
    static VirtException none(ErrorCode code, String fmt, Object... args) {
        return VirtException.of(code, ErrorDomain.NONE, String.format(fmt, args));
    }

    /** virsocketaddr.c errors carry no domain (VIR_FROM_NONE). */
    static VirtException socket(ErrorCode code, String fmt, Object... args) {
        return none(code, fmt, args);
    }

    /** virnetdevvportprofile.c reports from VIR_FROM_NET. */
    static VirtException net(ErrorCode code, String fmt, Object... args) {
        return VirtException.of(code, ErrorDomain.NET, String.format(fmt, args));
    }
}
