package org.jvirt.rpc.remote;

/** qemu_domain_monitor_command_args (libvirt-qemu's program). */
public record QemuDomainMonitorCommandArgs(NonnullDomain dom, String cmd, int flags) {
}
