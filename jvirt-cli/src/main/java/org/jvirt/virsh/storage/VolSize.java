package org.jvirt.virsh.storage;

import org.jvirt.virsh.vsh.ScaledInt;

/**
 * virshVolSize: an unsigned number (virStrToLong_ullp: leading blanks and '+', no '-') with an optional
 * virScaleInteger suffix, in bytes by default, up to 2^64-1. A bad value is "Malformed size X"; a bad suffix
 * or an overflow of the scaling also leaves libvirt's own error, which virsh reports after its message.
 */
final class VolSize {

    private VolSize() {
    }

    static long parse(String v) {
        return ScaledInt.parse(v, 1, -1L, "Malformed size " + v);
    }
}
