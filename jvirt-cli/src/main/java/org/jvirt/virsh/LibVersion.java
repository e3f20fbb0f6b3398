package org.jvirt.virsh;

import org.jvirt.Connect;

/** The library version jvirsh reports, from the API's virConnectGetLibVersion number. */
final class LibVersion {

    static final String TEXT = format(Connect.LIB_VERSION);

    private LibVersion() {
    }

    /** major.minor.micro from libvirt's major*1,000,000 + minor*1,000 + micro encoding. */
    static String format(long v) {
        return (v / 1_000_000) + "." + (v / 1000 % 1000) + "." + (v % 1000);
    }
}
