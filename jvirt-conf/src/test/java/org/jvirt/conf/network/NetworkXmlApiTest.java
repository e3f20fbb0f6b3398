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
}
