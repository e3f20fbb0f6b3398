package org.jvirt.conf.network;

/**
 * {@code <lease expiry='N' unit='U'/>}: expiry is unsigned 64-bit (a long's bits); 0 means infinite and is printed
 * without a unit. A {@code <lease>} without expiry is no lease at all (the parser returns null).
 */
public record DhcpLease(long expiry, String unit) {
}
