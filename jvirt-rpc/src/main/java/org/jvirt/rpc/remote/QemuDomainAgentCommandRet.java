package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrOptional;

/** qemu_domain_agent_command_ret. */
public record QemuDomainAgentCommandRet(@XdrOptional String result) {
}
