package org.jvirt.conf.nodedev;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** Node device XML errors: node_device_conf.c reports from VIR_FROM_NODEDEV, virxml.c's helpers from VIR_FROM_XML. */
final class NodeDevErr {

    private NodeDevErr() {
    }

    static VirtException internal(String fmt, Object... args) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NODEDEV, String.format(fmt, args));
    }

    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NODEDEV, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.NODEDEV, String.format(fmt, args));
    }

    static VirtException badAttr(String attr, String element, String value) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute '" + attr
                + "' in element '" + element + "': '" + value + "'.");
    }

    static VirtException missingAttr(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Missing required attribute '" + attr + "' in element '" + element + "'");
    }
}
