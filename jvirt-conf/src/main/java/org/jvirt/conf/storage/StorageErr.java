package org.jvirt.conf.storage;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The error shapes of storage XML with libvirt 9.0's codes and domains: storage_conf.c and
 * storage_adapter_conf.c report from VIR_FROM_STORAGE, virxml.c's attribute helpers from VIR_FROM_XML,
 * virutil.c (scaled numbers, WWNs) from VIR_FROM_NONE.
 */
final class StorageErr {

    private StorageErr() {
    }

    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.STORAGE, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.STORAGE, String.format(fmt, args));
    }

    static VirtException of(ErrorCode code, String fmt, Object... args) {
        return VirtException.of(code, ErrorDomain.STORAGE, String.format(fmt, args));
    }

    static VirtException badAttr(String attr, String element, String value, String expected) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value for attribute '" + attr
                + "' in element '" + element + "': '" + value + "'." + (expected == null ? "" : " " + expected));
    }

    static VirtException missingAttr(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Missing required attribute '" + attr + "' in element '" + element + "'");
    }

    static VirtException none(ErrorCode code, String fmt, Object... args) {
        return VirtException.of(code, ErrorDomain.NONE, String.format(fmt, args));
    }
}
