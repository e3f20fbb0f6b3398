package org.jvirt.rpc.remote;

/** qemu_domain_monitor_command_ret. */
public record QemuDomainMonitorCommandRet(String result) {
}
