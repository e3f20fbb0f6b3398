package org.jvirt.driver.qemu;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.HypervisorDriver;

/** One open qemu:// connection over the (shared) driver instance of its root. */
final class QemuConnection implements ConnectDriver {

    private final QemuDriver driver;
    private final QemuHypervisor hypervisor;
    private final AtomicBoolean closed = new AtomicBoolean();

    QemuConnection(QemuDriver driver) {
        this.driver = driver;
        this.hypervisor = new QemuHypervisor(driver);
    }

    @Override
    public HypervisorDriver hypervisor() {
        return hypervisor;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            driver.events.deregisterAll(hypervisor);
            QemuDriverProvider.release(driver);
        }
    }
}
