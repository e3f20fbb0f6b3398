package org.jvirt.driver.qemu;

/**
 * The QEMU driver's hypervisor table for one connection; each concern is an interface of default methods
 * (connection and host, domain definitions and lookups, lifecycle, information, events), joined here.
 */
final class QemuHypervisor implements QemuConnectOps, QemuDomainDefineOps, QemuLifecycleOps, QemuSaveOps, QemuInfoOps,
        QemuEventOps, QemuHotplugOps {

    private final QemuDriver driver;

    QemuHypervisor(QemuDriver driver) {
        this.driver = driver;
    }

    @Override
    public QemuDriver driver() {
        return driver;
    }
}
