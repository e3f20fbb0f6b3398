package org.jvirt.rpc.remote;

/** qemu_domain_agent_command_args. */
public record QemuDomainAgentCommandArgs(NonnullDomain dom, String cmd, int timeout, int flags) {
}
