package org.jvirt.rpc.remote;

/** qemu_connect_domain_monitor_event_register_ret. */
public record QemuConnectDomainMonitorEventRegisterRet(int callbackID) {
}
