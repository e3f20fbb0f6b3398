package org.jvirt.driver.test;

import java.util.concurrent.atomic.AtomicBoolean;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.NetworkDriver;

/** One open test:// connection: the driver tables over a (possibly shared) {@link TestDriver}. */
final class TestConnection implements ConnectDriver {

    private final TestDriver driver;
    private final boolean shared;
    private final TestHypervisor hypervisor;
    private final TestNetworkDriver network;
    private final TestStorageDriver storage;
    private final TestInterfaceDriver interfaces;
    private final TestNodeDeviceDriver nodeDevices;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestConnection(TestDriver driver, boolean shared) {
        this.driver = driver;
        this.shared = shared;
        this.hypervisor = new TestHypervisor(driver);
        this.network = new TestNetworkDriver(driver);
        this.storage = new TestStorageDriver(driver);
        this.interfaces = new TestInterfaceDriver(driver);
        this.nodeDevices = new TestNodeDeviceDriver(driver);
    }

    @Override
    public HypervisorDriver hypervisor() {
        return hypervisor;
    }

    @Override
    public NetworkDriver network() {
        return network;
    }

    @Override
    public org.jvirt.spi.StorageDriver storage() {
        return storage;
    }

    @Override
    public org.jvirt.spi.InterfaceDriver interfaces() {
        return interfaces;
    }

    @Override
    public org.jvirt.spi.NodeDeviceDriver nodeDevices() {
        return nodeDevices;
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            driver.events.deregisterAll(hypervisor);
            driver.nodeDeviceEvents.deregisterAll(nodeDevices);
            driver.networkEvents.deregisterAll(network);
            driver.poolEvents.deregisterAll(storage);
            if (shared) {
                TestDriverProvider.releaseDefault(driver);
            }
        }
    }
}
