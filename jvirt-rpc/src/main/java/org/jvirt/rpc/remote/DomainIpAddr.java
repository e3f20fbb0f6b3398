package org.jvirt.rpc.remote;

/** remote_domain_ip_addr. */
public record DomainIpAddr(int type, String addr, int prefix) {
}
