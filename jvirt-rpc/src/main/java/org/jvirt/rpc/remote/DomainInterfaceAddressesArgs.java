package org.jvirt.rpc.remote;

/** remote_domain_interface_addresses_args. */
public record DomainInterfaceAddressesArgs(NonnullDomain dom, int source, int flags) {
}
