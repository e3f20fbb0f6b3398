package org.jvirt.spi;

/**
 * One open connection inside a driver: libvirt's virConnectDriver, with one table per subsystem.
 */
public interface ConnectDriver extends AutoCloseable {

    HypervisorDriver hypervisor();

    /** The network subsystem; the default supports nothing. */
    default NetworkDriver network() {
        return NetworkDriver.UNSUPPORTED;
    }

    /** The storage subsystem; the default supports nothing. */
    default StorageDriver storage() {
        return StorageDriver.UNSUPPORTED;
    }

    /** The host interface subsystem; the default supports nothing. */
    default InterfaceDriver interfaces() {
        return InterfaceDriver.UNSUPPORTED;
    }

    /** The node device subsystem; the default supports nothing. */
    default NodeDeviceDriver nodeDevices() {
        return NodeDeviceDriver.UNSUPPORTED;
    }

    /** The secret subsystem; the default supports nothing. */
    default SecretDriver secret() {
        return SecretDriver.UNSUPPORTED;
    }

    /** The network filter subsystem; the default supports nothing. */
    default NWFilterDriver nwfilter() {
        return NWFilterDriver.UNSUPPORTED;
    }

    /** virConnectClose: releases the driver's resources for this connection. Never throws. */
    @Override
    void close();
}
