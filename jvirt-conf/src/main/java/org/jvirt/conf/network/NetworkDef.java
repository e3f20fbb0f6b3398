package org.jvirt.conf.network;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An immutable virtual network definition (libvirt 9.0's virNetworkDef). Drivers fill in what the parser leaves
 * open (bridge name, MAC, live connection counts) through the {@code with...} copies or {@link #toBuilder()}.
 *
 * @param connections live count of guest interfaces on the network; printed only in live XML, never parsed
 * @param ipv6 {@code <network ipv6='yes'>} (libvirt prints only "yes": "no" is the default)
 * @param trustGuestRxFilters {@code <network trustGuestRxFilters=..>}, null when absent
 * @param mtu {@code <mtu size>}, unsigned, 0 when absent
 * @param mac bridge MAC in canonical lower-case form, null when absent
 * @param domainName {@code <domain name>}, null when absent
 * @param domainLocalOnly {@code <domain localOnly>}, null when absent
 * @param dns null when no {@code <dns>} element was given
 * @param vlan null when absent
 * @param bandwidth null when absent (or when it had neither direction)
 * @param isolatedPort {@code <port isolated>}, null when absent
 * @param virtualPort null when absent; always typed at network level
 * @param dnsmasqOptions {@code <dnsmasq:options>} values; only a parser with the dnsmasq namespace fills them
 */
public record NetworkDef(String name, UUID uuid, int connections, boolean ipv6, Boolean trustGuestRxFilters,
        ForwardDef forward, BridgeDef bridge, int mtu, String mac, String domainName, Boolean domainLocalOnly,
        DnsDef dns, VlanDef vlan, BandwidthDef bandwidth, Boolean isolatedPort, List<IpDef> ips,
        List<RouteDef> routes, VirtualPortDef virtualPort, List<PortGroupDef> portGroups,
        List<String> dnsmasqOptions) {

    public NetworkDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(uuid, "uuid");
        forward = forward == null ? ForwardDef.NONE : forward;
        bridge = bridge == null ? BridgeDef.DEFAULT : bridge;
        ips = List.copyOf(ips);
        routes = List.copyOf(routes);
        portGroups = List.copyOf(portGroups);
        dnsmasqOptions = List.copyOf(dnsmasqOptions);
    }

    /** The shape from before portgroups, routes and the netdev elements (kept for existing callers). */
    public NetworkDef(String name, UUID uuid, Boolean ipv6, Boolean trustGuestRxFilters, ForwardDef forward,
            BridgeDef bridge, int mtu, String mac, String domainName, Boolean domainLocalOnly, DnsDef dns,
            List<IpDef> ips) {
        this(name, uuid, 0, Boolean.TRUE.equals(ipv6), trustGuestRxFilters, forward, bridge, mtu, mac, domainName,
                domainLocalOnly, dns, null, null, null, ips, List.of(), null, List.of(), List.of());
    }

    /** A network with only a name and uuid, as {@code <network><name/></network>} parses. */
    public static NetworkDef of(String name, UUID uuid) {
        return builder(name, uuid).build();
    }

    public static Builder builder(String name, UUID uuid) {
        return new Builder(name, uuid);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public NetworkDef withName(String newName) {
        return toBuilder().name(newName).build();
    }

    public NetworkDef withUuid(UUID newUuid) {
        return toBuilder().uuid(newUuid).build();
    }

    public NetworkDef withForward(ForwardDef newForward) {
        return toBuilder().forward(newForward).build();
    }

    public NetworkDef withBridge(BridgeDef newBridge) {
        return toBuilder().bridge(newBridge).build();
    }

    /** The network driver assigns virbr%d when no bridge name was given; the parser never does. */
    public NetworkDef withBridgeName(String bridgeName) {
        return withBridge(bridge.withName(bridgeName));
    }

    /** The network driver generates a MAC (52:54:00:..) for managed bridges; the parser never does. */
    public NetworkDef withMac(String newMac) {
        return toBuilder().mac(newMac).build();
    }

    public NetworkDef withIps(List<IpDef> newIps) {
        return toBuilder().ips(newIps).build();
    }

    public NetworkDef withDomainName(String newDomainName, Boolean localOnly) {
        return toBuilder().domainName(newDomainName).domainLocalOnly(localOnly).build();
    }

    /** The live connection count (the network driver's bookkeeping). */
    public NetworkDef withConnections(int newConnections) {
        return toBuilder().connections(newConnections).build();
    }

    /** The portgroup of that name, or the default one for null (libvirt's virPortGroupFindByName). */
    public PortGroupDef portGroup(String pgName) {
        for (PortGroupDef pg : portGroups) {
            if (pgName == null ? pg.isDefault() : pgName.equals(pg.name())) {
                return pg;
            }
        }
        return null;
    }

    /** Mutable assembly of a {@link NetworkDef}; used by the parser and by drivers adjusting a definition. */
    public static final class Builder {
        private String name;
        private UUID uuid;
        private int connections;
        private boolean ipv6;
        private Boolean trustGuestRxFilters;
        private ForwardDef forward = ForwardDef.NONE;
        private BridgeDef bridge = BridgeDef.DEFAULT;
        private int mtu;
        private String mac;
        private String domainName;
        private Boolean domainLocalOnly;
        private DnsDef dns;
        private VlanDef vlan;
        private BandwidthDef bandwidth;
        private Boolean isolatedPort;
        private List<IpDef> ips = List.of();
        private List<RouteDef> routes = List.of();
        private VirtualPortDef virtualPort;
        private List<PortGroupDef> portGroups = List.of();
        private List<String> dnsmasqOptions = List.of();

        private Builder(String name, UUID uuid) {
            this.name = name;
            this.uuid = uuid;
        }

        private Builder(NetworkDef d) {
            this(d.name, d.uuid);
            connections = d.connections;
            ipv6 = d.ipv6;
            trustGuestRxFilters = d.trustGuestRxFilters;
            forward = d.forward;
            bridge = d.bridge;
            mtu = d.mtu;
            mac = d.mac;
            domainName = d.domainName;
            domainLocalOnly = d.domainLocalOnly;
            dns = d.dns;
            vlan = d.vlan;
            bandwidth = d.bandwidth;
            isolatedPort = d.isolatedPort;
            ips = d.ips;
            routes = d.routes;
            virtualPort = d.virtualPort;
            portGroups = d.portGroups;
            dnsmasqOptions = d.dnsmasqOptions;
        }

        public Builder name(String v) {
            name = v;
            return this;
        }

        public Builder uuid(UUID v) {
            uuid = v;
            return this;
        }

        public Builder connections(int v) {
            connections = v;
            return this;
        }

        public Builder ipv6(boolean v) {
            ipv6 = v;
            return this;
        }

        public Builder trustGuestRxFilters(Boolean v) {
            trustGuestRxFilters = v;
            return this;
        }

        public Builder forward(ForwardDef v) {
            forward = v;
            return this;
        }

        public Builder bridge(BridgeDef v) {
            bridge = v;
            return this;
        }

        public Builder mtu(int v) {
            mtu = v;
            return this;
        }

        public Builder mac(String v) {
            mac = v;
            return this;
        }

        public Builder domainName(String v) {
            domainName = v;
            return this;
        }

        public Builder domainLocalOnly(Boolean v) {
            domainLocalOnly = v;
            return this;
        }

        public Builder dns(DnsDef v) {
            dns = v;
            return this;
        }

        public Builder vlan(VlanDef v) {
            vlan = v;
            return this;
        }

        public Builder bandwidth(BandwidthDef v) {
            bandwidth = v;
            return this;
        }

        public Builder isolatedPort(Boolean v) {
            isolatedPort = v;
            return this;
        }

        public Builder ips(List<IpDef> v) {
            ips = v;
            return this;
        }

        public Builder routes(List<RouteDef> v) {
            routes = v;
            return this;
        }

        public Builder virtualPort(VirtualPortDef v) {
            virtualPort = v;
            return this;
        }

        public Builder portGroups(List<PortGroupDef> v) {
            portGroups = v;
            return this;
        }

        public Builder dnsmasqOptions(List<String> v) {
            dnsmasqOptions = v;
            return this;
        }

        public NetworkDef build() {
            return new NetworkDef(name, uuid, connections, ipv6, trustGuestRxFilters, forward, bridge, mtu, mac,
                    domainName, domainLocalOnly, dns, vlan, bandwidth, isolatedPort, ips, routes, virtualPort,
                    portGroups, dnsmasqOptions);
        }
    }
}
