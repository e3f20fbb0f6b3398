package org.jvirt.driver.qemu;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.jvirt.driver.qemu.caps.QemuBinaryCaps;
import org.jvirt.spi.HypervisorDriver;

/** Connection-level calls: type, version, URI, hostname, capabilities. */
interface QemuConnectOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default String connectGetType() {
        return "QEMU";
    }

    /** The host-arch QEMU's version as major * 1,000,000 + minor * 1,000 + micro (0 when none is installed). */
    @Override
    default long connectGetVersion() {
        Path bin = QemuDomainDefs.emulatorFor(QemuDomainDefs.hostArch());
        if (bin == null) {
            return 0;
        }
        QemuBinaryCaps c = driver().caps.lookup(bin);
        String[] v = c.version().split("\\.");
        return Long.parseLong(v[0]) * 1_000_000 + Long.parseLong(v[1]) * 1_000 + Long.parseLong(v[2]);
    }

    @Override
    default String connectGetHostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    default String connectGetURI() {
        return driver().config.uri();
    }

    @Override
    default String connectGetCapabilities() {
        return QemuHostCaps.format(driver());
    }

    @Override
    default String connectGetDomainCapabilities(String emulatorbin, String arch, String machine, String virttype, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, org.jvirt.error.ErrorDomain.QEMU, "qemuConnectGetDomainCapabilities");
        return QemuDomainCaps.format(driver(), emulatorbin, arch, machine, virttype);
    }

    @Override
    default boolean connectIsAlive() {
        return true;
    }

    @Override
    default boolean connectIsSecure() {
        return true;
    }

    @Override
    default boolean connectIsEncrypted() {
        return false;
    }
}
