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
}
