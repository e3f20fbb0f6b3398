package org.jvirt.spi;

/**
 * The hypervisor-specific entries of the driver table that libvirt-qemu and libvirt-lxc expose (monitor and agent
 * pass-through, attaching to a QEMU process, QMP event callbacks, a container's namespaces) and
 * virDomainFDAssociate. {@link HypervisorDriver} extends this; every entry is optional and libvirt 9.0's test
 * driver fills none.
 */
public interface DomainQemuDriver {

    default String domainQemuMonitorCommand(DomainRef dom, String cmd, int flags) {
        throw Unsupported.call("virDomainQemuMonitorCommand");
    }

    default String domainQemuMonitorCommandWithFiles(DomainRef dom, String cmd, int[] fds, int flags) {
        throw Unsupported.call("virDomainQemuMonitorCommandWithFiles");
    }

    default String domainQemuAgentCommand(DomainRef dom, String cmd, int timeout, int flags) {
        throw Unsupported.call("virDomainQemuAgentCommand");
    }

    default DomainRef domainQemuAttach(int pid, int flags) {
        throw Unsupported.call("virDomainQemuAttach");
    }

    /** virConnectDomainQemuMonitorEventRegister: {@code dom} and {@code event} null for all; returns the callback id. */
    default int connectDomainQemuMonitorEventRegister(DomainRef dom, String event, Object callback, int flags) {
        throw Unsupported.call("virConnectDomainQemuMonitorEventRegister");
    }

    default int[] domainLxcOpenNamespace(DomainRef dom, int flags) {
        throw Unsupported.call("virDomainLxcOpenNamespace");
    }

    default void domainFDAssociate(DomainRef dom, String name, int[] fds, int flags) {
        throw Unsupported.call("virDomainFDAssociate");
    }
}
