package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The NIC modes that need no host device, on real QEMU with two test guests: traffic between them over a
 * multicast socket and over a listen/connect socket pair (each guest pings the other's address and prints
 * JVIRT-PING-OK on its serial port), SLIRP (the guest gets a DHCP lease and pings the gateway), and the refusal
 * of type network while there is no network driver. Bridge and ethernet: {@link QemuNetnsIT}.
 */
class QemuNetworkIT {

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    /** The fixture's guest with one virtio NIC ({@code nic} is the interface's inner XML) and extra kernel args. */
    static String guestXml(QemuDriverFixture fx, String name, String type, String nic, String args) {
        return fx.xml(name, "qemu")
                .replace("<cmdline>" + fx.guest.cmdline(), "<cmdline>" + fx.guest.cmdline() + " " + args)
                .replace("<memballoon model='none'/>", "<interface type='" + type + "'>" + nic
                        + "<model type='virtio'/></interface>\n    <memballoon model='none'/>");
    }

    private boolean awaitSerial(String name, String text, Duration timeout) throws InterruptedException {
        return QemuDriverFixture.await(timeout, () -> serial(name).contains(text) || serial(name).contains("JVIRT-PING-FAIL"))
                && serial(name).contains(text);
    }

    private String serial(String name) {
        try {
            return Files.exists(fx.serialLog(name)) ? Files.readString(fx.serialLog(name)) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private void twoGuestsPingEachOther(String typeA, String nicA, String typeB, String nicB) throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Domain a = c.domainCreateXML(guestXml(fx, "neta", typeA, nicA, "jvirt.ip=10.0.3.1/24 jvirt.ping=10.0.3.2"), 0);
            Domain b = c.domainCreateXML(guestXml(fx, "netb", typeB, nicB, "jvirt.ip=10.0.3.2/24"), 0);
            // an echo reply proves both directions (request a->b, reply b->a); a second ping from b adds only
            // boot-time races of two TCG guests on a loaded machine
            assertThat(awaitSerial("neta", "JVIRT-PING-OK 10.0.3.2", Duration.ofSeconds(240))).as("neta pings netb:\n" + serial("neta")).isTrue();
            assertThat(a.getXMLDesc(0)).contains("<interface type='" + typeA + "'>");
            a.destroy();
            b.destroy();
        }
        assertThat(fx.qemuPids()).isEmpty();
    }

    @Test
    @Timeout(600)
    void mcastCarriesTrafficBetweenTwoGuests() throws Exception {
        int port = 20000 + (int) (ProcessHandle.current().pid() % 20000);
        String src = "<mac address='52:54:00:aa:00:01'/><source address='230.0.0.1' port='" + port + "'/>";
        twoGuestsPingEachOther("mcast", src, "mcast", src.replace(":01'", ":02'"));
    }

    @Test
    @Timeout(600)
    void serverAndClientSocketsCarryTrafficBetweenTwoGuests() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // the server guest starts first: QEMU's connect side needs the listener to exist
        twoGuestsPingEachOther("server", "<mac address='52:54:00:aa:00:11'/><source address='127.0.0.1' port='" + port + "'/>",
                "client", "<mac address='52:54:00:aa:00:12'/><source address='127.0.0.1' port='" + port + "'/>");
    }

    @Test
    @Timeout(600)
    void userModeGivesADhcpLeaseAndReachesTheGateway() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainCreateXML(guestXml(fx, "slirp", "user", "<mac address='52:54:00:aa:00:21'/>", "jvirt.dhcp jvirt.ping=10.0.2.2"), 0);
            assertThat(awaitSerial("slirp", "JVIRT-DHCP-OK 10.0.2.15/24", Duration.ofSeconds(240))).as(serial("slirp")).isTrue();
            assertThat(awaitSerial("slirp", "JVIRT-PING-OK 10.0.2.2", Duration.ofSeconds(120))).as(serial("slirp")).isTrue();
            d.destroy();
        }
    }

    @Test
    @Timeout(120)
    void typeNetworkFailsAsLibvirtWithoutTheNetwork() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainDefineXML(guestXml(fx, "vnet", "network", "<source network='nosuchnet'/>", ""), 0);
            assertThatThrownBy(d::create).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.NO_NETWORK);
                assertThat(e.error().domain()).isEqualTo(ErrorDomain.NETWORK);
            }).hasMessage("Network not found: no network with matching name 'nosuchnet'");
            assertThat(d.isActive()).isFalse();
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(fx.files("run/qemu")).isEmpty();
        }
    }
}
