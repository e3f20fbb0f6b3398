package org.jvirt.conf.network;

/**
 * A static route {@code <route family address netmask|prefix gateway metric/>} (virNetDevIPRoute). Addresses are
 * canonical text.
 *
 * @param family "ipv4", "ipv6" or null, as written
 * @param prefix null when not given (a given 0 is printed)
 * @param metric unsigned int in a long; 0 when not given (libvirt refuses a given 0)
 */
public record RouteDef(String family, String address, String netmask, Integer prefix, String gateway, long metric) {
}
