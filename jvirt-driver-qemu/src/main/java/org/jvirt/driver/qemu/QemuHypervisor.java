package org.jvirt.driver.qemu;

/**
 * The QEMU driver's hypervisor table for one connection; each concern is an interface of default methods
 * (connection and host, domain definitions and lookups, lifecycle, information, events, reboot/reset/dump,
 * memory, vCPU count, autostart, vCPU threads and pins, statistics, host figures), joined here.
 */
final class QemuHypervisor implements QemuConnectOps, QemuDomainDefineOps, QemuLifecycleOps, QemuSaveOps, QemuInfoOps,
        QemuEventOps, QemuControlOps, QemuMemoryOps, QemuVcpuCountOps, QemuAutostartOps, QemuVcpuOps, QemuStatsOps,
        QemuNodeOps, QemuConsoleOps,
        QemuHotplugOps, QemuSecurityOps {

    private final QemuDriver driver;

    QemuHypervisor(QemuDriver driver) {
        this.driver = driver;
    }

    @Override
    public QemuDriver driver() {
        return driver;
    }
}
