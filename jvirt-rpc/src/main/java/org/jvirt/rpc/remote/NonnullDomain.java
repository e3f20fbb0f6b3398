package org.jvirt.rpc.remote;

import org.jvirt.rpc.xdr.XdrFixed;

/** remote_nonnull_domain: a domain as it crosses the wire (id -1 when inactive). */
public record NonnullDomain(String name, @XdrFixed(16) byte[] uuid, int id) {
}
