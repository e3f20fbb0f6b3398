package org.jvirt.conf.checkpoint;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/** The errors of libvirt's checkpoint_conf.c, reported under VIR_FROM_DOMAIN_CHECKPOINT. */
final class CheckpointErr {

    private CheckpointErr() {
    }

    static VirtException xml(String fmt, Object... args) {
        return VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.DOMAIN_CHECKPOINT, String.format(fmt, args));
    }

    static VirtException internal(String fmt, Object... args) {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.DOMAIN_CHECKPOINT, String.format(fmt, args));
    }

    static VirtException unsupported(String fmt, Object... args) {
        return VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.DOMAIN_CHECKPOINT, String.format(fmt, args));
    }

    /**
     * What libvirt's RELAX NG validation (domaincheckpoint.rng, always on) refuses. libvirt's text comes from
     * libxml2's validator, which the JDK does not have: the code and domain are libvirt's
     * (XML_INVALID_SCHEMA, VIR_FROM_XML) and so is the first line; the detail line is jvirt's own wording, not
     * libxml2's. A documented known difference (virsh golden case checkpoint-schema).
     */
    static VirtException schema(String detail) {
        return VirtException.of(ErrorCode.XML_INVALID_SCHEMA, ErrorDomain.XML,
                "Unable to validate doc against /usr/share/libvirt/schemas/domaincheckpoint.rng\n" + detail);
    }
}
