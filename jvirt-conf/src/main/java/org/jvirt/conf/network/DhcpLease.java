package org.jvirt.conf.network;

/** {@code <lease expiry='N' unit='U'/>}; expiry 0 means infinite and is printed without a unit. */
public record DhcpLease(long expiry, String unit) {
}
