package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** qemu_connect_domain_monitor_event_register_args. */
public record QemuConnectDomainMonitorEventRegisterArgs(@XdrOptional NonnullDomain dom, @XdrOptional String event,
        int flags) {
}
