package org.jvirt.driver.remote;

import org.jvirt.spi.HypervisorDriver;

/** What the parts of the remote hypervisor table share: the connection they forward through. */
interface RemoteTable extends HypervisorDriver {

    RemoteConnection connection();

    default RemoteClient rpc() {
        return connection().client();
    }

    /** The host's CPU count as virsh derives it (VIR_NODEINFO_MAXCPUS): the width of affinity maps. */
    int hostCpus();
}
