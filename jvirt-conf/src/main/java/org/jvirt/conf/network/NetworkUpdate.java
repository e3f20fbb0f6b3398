package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/**
 * virNetworkDefUpdateSection: one section of a definition changed by one command with an XML fragment, as a
 * pure function returning the new definition. The DHCP host and range sections are done; bridge, domain, ip,
 * forward and forward-pf are refused as libvirt refuses them; the others are not done yet.
 */
public final class NetworkUpdate {

    // virNetworkUpdateCommand
    public static final int MODIFY = 1;
    public static final int DELETE = 2;
    public static final int ADD_LAST = 3;
    public static final int ADD_FIRST = 4;

    /** virNetworkUpdateSection names, by value (0 is "none"). */
    private static final String[] SECTIONS = {"none", "bridge", "domain", "ip", "ip-dhcp-host", "ip-dhcp-range",
        "forward", "forward-interface", "forward-pf", "portgroup", "dns-host", "dns-txt", "dns-srv"};

    private NetworkUpdate() {
    }

    public static NetworkDef apply(NetworkDef def, int command, int section, int parentIndex, String xml) {
        Element node = XmlDocuments.parse(xml, "network_update_xml", ErrorDomain.NETWORK).getDocumentElement();
        return switch (section) {
            // libvirt names the forward-pf section "forward pf" in this message
            case 1, 2, 3, 6, 8 -> throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                    "can't update '%s' section of network '%s'", SECTIONS[section].replace('-', ' '), def.name());
            case 4 -> dhcpHost(def, command, parentIndex, node);
            case 5 -> dhcpRange(def, command, parentIndex, node);
            case 7, 9, 10, 11, 12 -> throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.NETWORK,
                    "jvirt does not update the '%s' section yet", SECTIONS[section]);
            default -> throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.NETWORK,
                    "can't update unrecognized section of network");
        };
    }

    private static void checkName(NetworkDef def, Element node, String expected) {
        if (!node.getTagName().equals(expected)) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NETWORK,
                    "unexpected element <%s>, expecting <%s>, while updating network '%s'", node.getTagName(), expected,
                    def.name());
        }
    }

    private static VirtException invalid(String fmt, Object... args) {
        return VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.NETWORK, fmt, args);
    }

    private static boolean v4(IpDef ip) {
        return NetAddr.isIpv4(ip.address());
    }

    /** virNetworkIPDefByIndex: the ip element at that index, or (-1) the one with DHCP, else the first v4 or v6. */
    private static int ipIndex(NetworkDef def, int parentIndex) {
        List<IpDef> ips = def.ips();
        if (parentIndex >= 0) {
            if (parentIndex >= ips.size()) {
                throw invalid("couldn't update dhcp host entry - no <ip> element found at index %d in network '%s'",
                        parentIndex, def.name());
            }
            return parentIndex;
        }
        for (int i = 0; i < ips.size(); i++) {
            if (!ips.get(i).ranges().isEmpty() || !ips.get(i).hosts().isEmpty()) {
                return i;
            }
        }
        for (boolean four : new boolean[] {true, false}) {
            for (int i = 0; i < ips.size(); i++) {
                if (v4(ips.get(i)) == four) {
                    return i;
                }
            }
        }
        throw invalid("couldn't update dhcp host entry - no <ip> element found in network '%s'", def.name());
    }

    /** virNetworkDefUpdateCheckMultiDHCP: DHCP on one address per family only. */
    private static void checkMultiDhcp(NetworkDef def, int index) {
        IpDef ipdef = def.ips().get(index);
        for (int i = 0; i < def.ips().size(); i++) {
            IpDef ip = def.ips().get(i);
            if (i != index && v4(ip) == v4(ipdef) && (!ip.ranges().isEmpty() || !ip.hosts().isEmpty())) {
                throw invalid("dhcp is supported only for a single %s address on each network", v4(ipdef) ? "IPv4" : "IPv6");
            }
        }
    }

    private static boolean sameMac(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static NetworkDef dhcpHost(NetworkDef def, int command, int parentIndex, Element node) {
        checkName(def, node, "host");
        int index = ipIndex(def, parentIndex);
        IpDef ipdef = def.ips().get(index);
        boolean partial = command == DELETE;
        DhcpHost host = NetworkIpParser.host(node, v4(ipdef), def.name(), partial);
        if (!partial && NetAddr.isIpv4(host.ip()) != v4(ipdef)) {
            throw invalid("the address family of a host entry IP must match the address family of the dhcp element's parent");
        }
        List<DhcpHost> hosts = new ArrayList<>(ipdef.hosts());
        switch (command) {
            case MODIFY -> {
                int i = 0;
                while (i < hosts.size() && !(sameMac(host.mac(), hosts.get(i).mac())
                        || (host.ip() != null && host.ip().equals(hosts.get(i).ip()))
                        || (host.name() != null && host.name().equals(hosts.get(i).name())))) {
                    i++;
                }
                if (i == hosts.size()) {
                    throw invalid("couldn't locate an existing dhcp host entry with \"mac='%s'\" \"name='%s'\" \"ip='%s'\" in network '%s'",
                            host.mac() != null ? host.mac() : "unknown", host.name(),
                            host.ip() != null ? host.ip() : "unknown", def.name());
                }
                hosts.set(i, host);
            }
            case ADD_FIRST, ADD_LAST -> {
                checkMultiDhcp(def, index);
                for (DhcpHost h : hosts) {
                    if (sameMac(host.mac(), h.mac()) || (host.name() != null && host.name().equals(h.name()))
                            || (host.ip() != null && host.ip().equals(h.ip()))) {
                        throw invalid("there is an existing dhcp host entry in network '%s' that matches "
                                + "\"<host mac='%s' name='%s' ip='%s'/>\"", def.name(),
                                host.mac() != null ? host.mac() : "unknown", host.name(),
                                host.ip() != null ? host.ip() : "unknown");
                    }
                }
                hosts.add(command == ADD_FIRST ? 0 : hosts.size(), host);
            }
            case DELETE -> {
                int i = 0;
                while (i < hosts.size() && !((host.mac() == null || hosts.get(i).mac() == null
                        || host.mac().equalsIgnoreCase(hosts.get(i).mac()))
                        && (host.name() == null || host.name().equals(hosts.get(i).name()))
                        && (host.ip() == null || host.ip().equals(hosts.get(i).ip())))) {
                    i++;
                }
                if (i == hosts.size()) {
                    throw invalid("couldn't locate a matching dhcp host entry in network '%s'", def.name());
                }
                hosts.remove(i);
            }
            default -> throw unknownCommand(command);
        }
        return withIp(def, index, new IpDef(ipdef.family(), ipdef.address(), ipdef.netmask(), ipdef.prefix(),
                ipdef.localPtr(), ipdef.tftpRoot(), ipdef.ranges(), hosts, ipdef.bootpFile(), ipdef.bootpServer()));
    }

    private static NetworkDef dhcpRange(NetworkDef def, int command, int parentIndex, Element node) {
        checkName(def, node, "range");
        int index = ipIndex(def, parentIndex);
        IpDef ipdef = def.ips().get(index);
        if (command == MODIFY) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                    "dhcp ranges cannot be modified, only added or deleted");
        }
        DhcpRange range = NetworkIpParser.range(node, ipdef, def.name());
        if (NetAddr.isIpv4(range.start()) != v4(ipdef)) {
            throw invalid("the address family of a dhcp range must match the address family of the dhcp element's parent");
        }
        List<DhcpRange> ranges = new ArrayList<>(ipdef.ranges());
        int i = 0;
        while (i < ranges.size() && !(ranges.get(i).start().equals(range.start()) && ranges.get(i).end().equals(range.end()))) {
            i++;
        }
        switch (command) {
            case ADD_FIRST, ADD_LAST -> {
                checkMultiDhcp(def, index);
                if (i < ranges.size()) {
                    throw invalid("there is an existing dhcp range entry in network '%s' that matches "
                            + "\"<range start='%s' end='%s'/>\"", def.name(), range.start(), range.end());
                }
                ranges.add(command == ADD_FIRST ? 0 : ranges.size(), range);
            }
            case DELETE -> {
                if (i == ranges.size()) {
                    throw invalid("couldn't locate a matching dhcp range entry in network '%s'", def.name());
                }
                ranges.remove(i);
            }
            default -> throw unknownCommand(command);
        }
        return withIp(def, index, new IpDef(ipdef.family(), ipdef.address(), ipdef.netmask(), ipdef.prefix(),
                ipdef.localPtr(), ipdef.tftpRoot(), ranges, ipdef.hosts(), ipdef.bootpFile(), ipdef.bootpServer()));
    }

    private static VirtException unknownCommand(int command) {
        return VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                "unrecognized network update command code %d", command);
    }

    private static NetworkDef withIp(NetworkDef def, int index, IpDef ip) {
        List<IpDef> ips = new ArrayList<>(def.ips());
        ips.set(index, ip);
        return def.withIps(ips);
    }
}
