package org.jvirt.driver.qemu.command;

import org.jvirt.conf.domain.DomainParseOptions;

/** The golden suite's parse options for tests in other packages. */
public final class QemuXml2ArgvTestAccess {

    private QemuXml2ArgvTestAccess() {
    }

    public static DomainParseOptions parseOptions() {
        return QemuXml2ArgvTest.parseOptions();
    }
}
