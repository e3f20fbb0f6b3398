package org.jvirt.conf.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Post-parse defaults and the copy methods drivers use. */
class NetworkXmlApiTest {

    @Test
    void missingUuidIsGeneratedAndDefaultsApplied() {
        NetworkDef def = NetworkXml.parse("<network><name>n1</name></network>", NetworkParseOptions.defaults());
        assertThat(def.uuid()).isNotNull();
        assertThat(def.bridge()).isEqualTo(BridgeDef.DEFAULT);
        // test:///default prints exactly this: no bridge name and no MAC (the network driver assigns those).
        assertThat(NetworkXml.format(def, 0)).isEqualTo("<network>\n  <name>n1</name>\n  <uuid>" + def.uuid()
                + "</uuid>\n  <bridge stp='on' delay='0'/>\n</network>\n");
    }

    @Test
    void bareForwardMeansNat() {
        NetworkDef def = NetworkXml.parse("<network><name>n</name><forward/><ip address='10.0.0.1' prefix='8'/>"
                + "</network>", NetworkParseOptions.defaults());
        assertThat(def.forward().mode()).isEqualTo(ForwardMode.NAT);
    }

    @Test
    void driverCopiesFillBridgeAndMac() {
        UUID u = UUID.fromString("dd8fe884-6c02-601e-7551-cca97df1c5df");
        NetworkDef def = NetworkDef.of("default", u).withForward(ForwardDef.of(ForwardMode.NAT, null))
                .withIps(List.of(IpDef.ipv4("192.168.122.1", "255.255.255.0",
                        List.of(new DhcpRange("192.168.122.2", "192.168.122.254")), List.of())))
                .withBridgeName("virbr0").withMac("52:54:00:0a:0b:0c");
        assertThat(NetworkXml.format(def, NetworkXml.XML_INACTIVE)).isEqualTo("""
                <network>
                  <name>default</name>
                  <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
                  <forward mode='nat'/>
                  <bridge name='virbr0' stp='on' delay='0'/>
                  <mac address='52:54:00:0a:0b:0c'/>
                  <ip address='192.168.122.1' netmask='255.255.255.0'>
                    <dhcp>
                      <range start='192.168.122.2' end='192.168.122.254'/>
                    </dhcp>
                  </ip>
                </network>
                """);
    }

    @Test
    void liveStateIsLeftOutOfInactiveXml() {
        UUID u = UUID.fromString("7a3b2c1d-0000-4000-8000-0000000001ff");
        ForwardDef fwd = new ForwardDef(ForwardMode.PASSTHROUGH, false, null,
                List.of(new ForwardIf.NetDev("eth0v1", 2), new ForwardIf.NetDev("eth0v2", 0)), "eth0", null);
        NetworkDef def = NetworkDef.builder("live", u).forward(fwd).build().withConnections(2);
        // libvirt's live XML: the connection counts and the pf's current virtual functions
        assertThat(NetworkXml.format(def, 0)).isEqualTo("""
                <network connections='2'>
                  <name>live</name>
                  <uuid>7a3b2c1d-0000-4000-8000-0000000001ff</uuid>
                  <forward mode='passthrough'>
                    <pf dev='eth0'/>
                    <interface dev='eth0v1' connections='2'/>
                    <interface dev='eth0v2'/>
                  </forward>
                </network>
                """);
        assertThat(NetworkXml.format(def, NetworkXml.XML_INACTIVE)).isEqualTo("""
                <network>
                  <name>live</name>
                  <uuid>7a3b2c1d-0000-4000-8000-0000000001ff</uuid>
                  <forward mode='passthrough'>
                    <pf dev='eth0'/>
                  </forward>
                </network>
                """);
    }

    @Test
    void connectionCountsAreNeverReadFromXml() {
        NetworkDef def = NetworkXml.parse("<network connections='7'><name>n</name><forward mode='bridge'>"
                + "<interface dev='eth1' connections='3'/></forward></network>", NetworkParseOptions.defaults());
        assertThat(def.connections()).isZero();
        assertThat(def.forward().ifs()).containsExactly(new ForwardIf.NetDev("eth1", 0));
    }

    @Test
    void dnsmasqOptionsNeedTheNamespaceRegistered() {
        String xml = "<network xmlns:d='http://libvirt.org/schemas/network/dnsmasq/1.0'><name>n</name>"
                + "<d:options><d:option value='a=b'/></d:options><d:options><d:option value=''/></d:options>"
                + "</network>";
        // the test driver registers no namespace: the options are dropped silently
        assertThat(NetworkXml.parse(xml, NetworkParseOptions.defaults()).dnsmasqOptions()).isEmpty();
        // the network driver's does, matching by URI whatever the prefix, and prints its own prefix
        NetworkDef def = NetworkXml.parse(xml, NetworkParseOptions.defaults().withDnsmasqNamespace());
        assertThat(def.dnsmasqOptions()).containsExactly("a=b", "");
        assertThat(NetworkXml.format(def, 0))
                .startsWith("<network xmlns:dnsmasq='http://libvirt.org/schemas/network/dnsmasq/1.0'>\n")
                .contains("  <dnsmasq:options>\n    <dnsmasq:option value='a=b'/>\n"
                        + "    <dnsmasq:option value=''/>\n  </dnsmasq:options>\n</network>\n");
    }

    @Test
    void anEmptyBandwidthPairParsesAsNoBandwidth() {
        // what libvirt prints for <inbound average='0'/> does not survive a second define (libvirt behaves so too)
        NetworkDef def = NetworkXml.parse("<network><name>n</name><bandwidth><inbound average='0'/></bandwidth>"
                + "</network>", NetworkParseOptions.defaults());
        assertThat(def.bandwidth()).isEqualTo(new BandwidthDef(new BandwidthDef.Rate(0, 0, 0, 0), null));
        String once = NetworkXml.format(def, 0);
        assertThat(once).contains("  <bandwidth>\n  </bandwidth>\n");
        assertThat(NetworkXml.parse(once, NetworkParseOptions.defaults()).bandwidth()).isNull();
    }

    @Test
    void portGroupLookupFallsBackToTheDefault() {
        NetworkDef def = NetworkXml.parse("<network><name>n</name><portgroup name='a'/>"
                + "<portgroup name='b' default='YES'><vlan><tag id='7'/></vlan></portgroup></network>",
                NetworkParseOptions.defaults());
        assertThat(def.portGroup("a").isDefault()).isFalse();
        assertThat(def.portGroup(null).name()).isEqualTo("b");
        assertThat(def.portGroup(null).vlan()).isEqualTo(new VlanDef(List.of(7), false, null, 0));
        assertThat(def.portGroup("c")).isNull();
    }

    @Test
    void legacyConstructorsKeepTheirMeaning() {
        UUID u = UUID.fromString("dd8fe884-6c02-601e-7551-cca97df1c5df");
        NetworkDef legacy = new NetworkDef("n", u, Boolean.TRUE, null,
                new ForwardDef(ForwardMode.BRIDGE, List.of("eth1", "eth2"), NatDef.NONE, false),
                new BridgeDef(null, null, true, 0, null), 0, null, null, null, null, List.of());
        assertThat(legacy.ipv6()).isTrue();
        assertThat(legacy.forward().dev()).isEqualTo("eth1");
        assertThat(legacy.forward().interfaces()).containsExactly("eth1", "eth2");
        assertThat(legacy.routes()).isEmpty();
        assertThat(legacy.withName("m").toBuilder().build()).isEqualTo(legacy.withName("m"));
    }
}
