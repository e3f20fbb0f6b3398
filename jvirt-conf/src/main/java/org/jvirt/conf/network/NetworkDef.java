package org.jvirt.conf.network;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An immutable virtual network definition (libvirt's virNetworkDef, the parts jvirt supports). Drivers fill
 * in what the parser leaves open (bridge name, MAC) through the {@code with...} copies.
 *
 * @param ipv6 {@code <network ipv6='yes|no'>}, null when absent
 * @param trustGuestRxFilters {@code <network trustGuestRxFilters=..>}, null when absent
 * @param mtu {@code <mtu size>}, 0 when absent
 * @param mac bridge MAC in canonical lower-case form, null when absent
 * @param domainName {@code <domain name>}, null when absent
 * @param domainLocalOnly {@code <domain localOnly>}, null when absent
 * @param dns null when no {@code <dns>} element was given
 */
public record NetworkDef(String name, UUID uuid, Boolean ipv6, Boolean trustGuestRxFilters, ForwardDef forward,
        BridgeDef bridge, int mtu, String mac, String domainName, Boolean domainLocalOnly, DnsDef dns,
        List<IpDef> ips) {

    public NetworkDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uuid, "uuid");
        forward = forward == null ? ForwardDef.NONE : forward;
        bridge = bridge == null ? BridgeDef.DEFAULT : bridge;
        ips = List.copyOf(ips);
    }

    /** A network with only a name and uuid, as {@code <network><name/></network>} parses. */
    public static NetworkDef of(String name, UUID uuid) {
        return new NetworkDef(name, uuid, null, null, ForwardDef.NONE, BridgeDef.DEFAULT, 0, null, null, null, null,
                List.of());
    }

    public NetworkDef withName(String newName) {
        return new NetworkDef(newName, uuid, ipv6, trustGuestRxFilters, forward, bridge, mtu, mac, domainName,
                domainLocalOnly, dns, ips);
    }

    public NetworkDef withUuid(UUID newUuid) {
        return new NetworkDef(name, newUuid, ipv6, trustGuestRxFilters, forward, bridge, mtu, mac, domainName,
                domainLocalOnly, dns, ips);
    }

    public NetworkDef withForward(ForwardDef newForward) {
        return new NetworkDef(name, uuid, ipv6, trustGuestRxFilters, newForward, bridge, mtu, mac, domainName,
                domainLocalOnly, dns, ips);
    }

    public NetworkDef withBridge(BridgeDef newBridge) {
        return new NetworkDef(name, uuid, ipv6, trustGuestRxFilters, forward, newBridge, mtu, mac, domainName,
                domainLocalOnly, dns, ips);
    }

    /** The network driver assigns virbr%d when no bridge name was given; the parser never does. */
    public NetworkDef withBridgeName(String bridgeName) {
        return withBridge(bridge.withName(bridgeName));
    }

    /** The network driver generates a MAC (52:54:00:..) for managed bridges; the parser never does. */
    public NetworkDef withMac(String newMac) {
        return new NetworkDef(name, uuid, ipv6, trustGuestRxFilters, forward, bridge, mtu, newMac, domainName,
                domainLocalOnly, dns, ips);
    }

    public NetworkDef withIps(List<IpDef> newIps) {
        return new NetworkDef(name, uuid, ipv6, trustGuestRxFilters, forward, bridge, mtu, mac, domainName,
                domainLocalOnly, dns, newIps);
    }

    public NetworkDef withDomainName(String newDomainName, Boolean localOnly) {
        return new NetworkDef(name, uuid, ipv6, trustGuestRxFilters, forward, bridge, mtu, mac, newDomainName,
                localOnly, dns, ips);
    }
}
