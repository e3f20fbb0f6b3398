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
 * pure function returning the new definition. DHCP hosts and ranges, forward interfaces, portgroups and DNS TXT
 * host and SRV records are done; bridge, domain, ip, forward and forward-pf are refused as libvirt refuses
 * them.
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
            case 7 -> forwardInterface(def, command, node);
            case 9 -> portGroup(def, command, node);
            case 11 -> dnsTxt(def, command, node);
            case 10 -> dnsHost(def, command, node);
            case 12 -> dnsSrv(def, command, node);
            default -> throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.NETWORK,
                    "can't update unrecognized section of network");
        };
    }

    /**
     * virNetworkDefCopy: a format/parse cycle, which virNetworkObjUpdate runs on an updated definition so that
     * nothing the parser would refuse gets in (e.g. a second interface in a NAT network's forward).
     */
    public static NetworkDef copy(NetworkDef def, boolean inactive) {
        return NetworkXml.parse(NetworkXml.format(def, inactive ? NetworkXml.XML_INACTIVE : 0),
                NetworkParseOptions.defaults());
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

    private static NetworkDef forwardInterface(NetworkDef def, int command, Element node) {
        checkName(def, node, "interface");
        if (command == MODIFY) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                    "forward interface entries cannot be modified, only added or deleted");
        }
        String dev = node.hasAttribute("dev") ? node.getAttribute("dev") : null;
        if (dev == null) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.NETWORK, "missing dev attribute in <interface> element");
        }
        List<ForwardIf> ifs = new ArrayList<>(def.forward().ifs());
        int i = 0;
        while (i < ifs.size() && !(ifs.get(i) instanceof ForwardIf.NetDev n && n.dev().equals(dev))) {
            i++;
        }
        switch (command) {
            case ADD_FIRST, ADD_LAST -> {
                if (i < ifs.size()) {
                    throw invalid("there is an existing interface entry in network '%s' that matches \"<interface dev='%s'>\"",
                            def.name(), dev);
                }
                ifs.add(command == ADD_FIRST ? 0 : ifs.size(), new ForwardIf.NetDev(dev, 0));
            }
            case DELETE -> {
                if (i == ifs.size()) {
                    throw invalid("couldn't find an interface entry in network '%s' matching <interface dev='%s'>",
                            def.name(), dev);
                }
                int used = ((ForwardIf.NetDev) ifs.get(i)).connections();
                if (used > 0) {
                    throw invalid("unable to delete interface '%s' in network '%s'. It is currently being used by %d domains.",
                            dev, def.name(), used);
                }
                ifs.remove(i);
            }
            default -> throw unknownCommand(command);
        }
        ForwardDef f = def.forward();
        return def.withForward(new ForwardDef(f.mode(), f.managed(), f.driverName(), ifs, f.pf(), f.nat()));
    }

    private static NetworkDef portGroup(NetworkDef def, int command, Element node) {
        checkName(def, node, "portgroup");
        PortGroupDef pg = PortGroupXml.parse(node);
        List<PortGroupDef> groups = new ArrayList<>(def.portGroups());
        int foundName = -1;
        int foundDefault = -1;
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).name().equals(pg.name())) {
                foundName = i;
            }
            if (groups.get(i).isDefault()) {
                foundDefault = i;
            }
        }
        if (foundName == -1 && (command == MODIFY || command == DELETE)) {
            throw invalid("couldn't find a portgroup entry in network '%s' matching <portgroup name='%s'>", def.name(),
                    pg.name());
        }
        if (foundName >= 0 && (command == ADD_FIRST || command == ADD_LAST)) {
            throw invalid("there is an existing portgroup entry in network '%s' that matches \"<portgroup name='%s'>\"",
                    def.name(), pg.name());
        }
        if (command != DELETE && pg.isDefault() && foundDefault >= 0 && foundDefault != foundName) {
            throw invalid("a different portgroup entry in network '%s' is already set as the default. "
                    + "Only one default is allowed.", def.name());
        }
        switch (command) {
            case MODIFY -> groups.set(foundName, pg);
            case ADD_FIRST, ADD_LAST -> groups.add(command == ADD_FIRST ? 0 : groups.size(), pg);
            case DELETE -> groups.remove(foundName);
            default -> throw unknownCommand(command);
        }
        return def.toBuilder().portGroups(groups).build();
    }

    private static DnsDef dns(NetworkDef def) {
        return def.dns() != null ? def.dns() : new DnsDef(null, null, List.of(), List.of(), List.of(), List.of());
    }

    private static NetworkDef dnsHost(NetworkDef def, int command, Element node) {
        if (command == MODIFY) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                    "DNS HOST records cannot be modified, only added or deleted");
        }
        checkName(def, node, "host");
        boolean isAdd = command == ADD_FIRST || command == ADD_LAST;
        DnsDef.Host host = NetworkDnsParser.host(node, def.name(), !isAdd);
        DnsDef dns = dns(def);
        List<DnsDef.Host> hosts = new ArrayList<>(dns.hosts());
        int found = 0;
        int foundIdx = -1;
        for (int i = 0; i < hosts.size(); i++) {
            DnsDef.Host h = hosts.get(i);
            boolean match = host.ip() != null && host.ip().equals(h.ip());
            // adding checks only the address: one name on several addresses is a valid configuration
            if (!isAdd && !match) {
                match = host.hostnames().stream().anyMatch(h.hostnames()::contains);
            }
            if (match) {
                found++;
                foundIdx = i;
            }
        }
        if (isAdd) {
            if (found > 0) {
                throw invalid("there is already at least one DNS HOST record with a matching field in network %s",
                        def.name());
            }
            hosts.add(command == ADD_FIRST ? 0 : hosts.size(), host);
        } else if (command == DELETE) {
            if (found == 0) {
                throw invalid("couldn't locate a matching DNS HOST record in network %s", def.name());
            }
            if (found > 1) {
                throw invalid("multiple matching DNS HOST records were found in network %s", def.name());
            }
            hosts.remove(foundIdx);
        } else {
            throw unknownCommand(command);
        }
        return def.toBuilder().dns(new DnsDef(dns.enable(), dns.forwardPlainNames(), dns.forwarders(), dns.txts(),
                dns.srvs(), hosts)).build();
    }

    private static NetworkDef dnsSrv(NetworkDef def, int command, Element node) {
        if (command == MODIFY) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                    "DNS SRV records cannot be modified, only added or deleted");
        }
        checkName(def, node, "srv");
        boolean isAdd = command == ADD_FIRST || command == ADD_LAST;
        DnsDef.Srv srv = NetworkDnsParser.srv(node, def.name(), !isAdd);
        DnsDef dns = dns(def);
        List<DnsDef.Srv> srvs = new ArrayList<>(dns.srvs());
        int found = 0;
        int foundIdx = -1;
        for (int i = 0; i < srvs.size(); i++) {
            DnsDef.Srv x = srvs.get(i);
            // every field the fragment gives must match
            if ((srv.domain() == null || srv.domain().equals(x.domain()))
                    && (srv.service() == null || srv.service().equals(x.service()))
                    && (srv.protocol() == null || srv.protocol().equals(x.protocol()))
                    && (srv.target() == null || srv.target().equals(x.target()))) {
                found++;
                foundIdx = i;
            }
        }
        if (isAdd) {
            if (found > 0) {
                throw invalid("there is already at least one DNS SRV record matching all specified fields in network %s",
                        def.name());
            }
            srvs.add(command == ADD_FIRST ? 0 : srvs.size(), srv);
        } else if (command == DELETE) {
            if (found == 0) {
                throw invalid("couldn't locate a matching DNS SRV record in network %s", def.name());
            }
            if (found > 1) {
                throw invalid("multiple DNS SRV records matching all specified fields were found in network %s",
                        def.name());
            }
            srvs.remove(foundIdx);
        } else {
            throw unknownCommand(command);
        }
        return def.toBuilder().dns(new DnsDef(dns.enable(), dns.forwardPlainNames(), dns.forwarders(), dns.txts(), srvs,
                dns.hosts())).build();
    }

    private static NetworkDef dnsTxt(NetworkDef def, int command, Element node) {
        if (command == MODIFY) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.NETWORK,
                    "DNS TXT records cannot be modified, only added or deleted");
        }
        checkName(def, node, "txt");
        boolean isAdd = command == ADD_FIRST || command == ADD_LAST;
        DnsDef.Txt txt = NetworkDnsParser.txt(node, def.name(), !isAdd);
        DnsDef dns = dns(def);
        List<DnsDef.Txt> txts = new ArrayList<>(dns.txts());
        int i = 0;
        while (i < txts.size() && !txts.get(i).name().equals(txt.name())) {
            i++;
        }
        if (isAdd) {
            if (i < txts.size()) {
                throw invalid("there is already a DNS TXT record with name '%s' in network %s", txt.name(), def.name());
            }
            txts.add(command == ADD_FIRST ? 0 : txts.size(), txt);
        } else if (command == DELETE) {
            if (i == txts.size()) {
                throw invalid("couldn't locate a matching DNS TXT record in network %s", def.name());
            }
            txts.remove(i);
        } else {
            throw unknownCommand(command);
        }
        return def.toBuilder().dns(new DnsDef(dns.enable(), dns.forwardPlainNames(), dns.forwarders(), txts, dns.srvs(),
                dns.hosts())).build();
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
