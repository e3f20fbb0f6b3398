package org.jvirt.conf.domain;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The error shapes the domain parser raises, with libvirt's codes and domains. */
final class Err {

    private Err() {
    }

    /** VIR_ERR_XML_ERROR in VIR_FROM_DOMAIN: "XML error: ...". */
    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.DOMAIN, String.format(fmt, args));
    }

    /**
     * virXMLPropEnum's failure, raised from VIR_FROM_XML: "Invalid value for attribute 'A' in element 'E': 'V'.".
     */
    static VirtException badAttr(String attr, String element, String value) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Invalid value for attribute '" + attr + "' in element '" + element + "': '" + value + "'.");
    }

    /** virXMLPropEnum on a required attribute that is missing. */
    static VirtException missingAttr(String attr, String element) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                "Missing required attribute '" + attr + "' in element '" + element + "'");
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.DOMAIN, String.format(fmt, args));
    }

    static VirtException internal(String fmt, Object... args) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.DOMAIN, String.format(fmt, args));
    }

    /** Looks a value up in an enum table; throws the libvirt attribute error when it is not there. */
    static String oneOf(String value, String attr, String element, String... allowed) {
        if (value == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equals(value)) {
                return a;
            }
        }
        throw badAttr(attr, element, value);
    }
}
