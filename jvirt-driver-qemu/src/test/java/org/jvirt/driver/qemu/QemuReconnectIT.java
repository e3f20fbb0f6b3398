package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.jvirt.spi.ConnectUri;
import org.jvirt.spi.DomainRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Guests outlive the driver instance that started them: after the last connection closes (what a process exit
 * does) QEMU keeps running, and the next instance on the same root finds it from the status file, reconnects
 * QMP and manages it. While one instance holds a guest, another refuses to touch it.
 */
class QemuReconnectIT {

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    @Test
    @Timeout(300)
    void aNewDriverInstanceReconnectsToRunningGuests() throws Exception {
        int id;
        List<Long> pids;
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainDefineXML(fx.xml("keep", "qemu"), 0);
            d.create();
            id = c.domainLookupByName("keep").getID();
            assertThat(fx.awaitMarker("keep", Duration.ofSeconds(120))).isTrue();
            d.suspend();
            pids = fx.qemuPids();
            assertThat(pids).hasSize(1);
        }
        // the instance is gone; the guest is not
        assertThat(fx.qemuPids()).isEqualTo(pids);

        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainLookupByName("keep");
            assertThat(d.getID()).isEqualTo(id);
            assertThat(d.getState(0)).isEqualTo(new DomainStateReason(DomainState.PAUSED, 1));
            assertThat(d.isPersistent()).isTrue();
            d.resume(); // proves the monitor is ours again
            assertThat(d.getState(0)).isEqualTo(new DomainStateReason(DomainState.RUNNING, 5));
            // new ids do not collide with the reconnected one
            Domain t = c.domainCreateXML(fx.xml("other", "qemu"), 0);
            assertThat(t.getID()).isGreaterThan(id);
            t.destroy();
            d.destroy();
            assertThat(d.getState(0)).isEqualTo(new DomainStateReason(DomainState.SHUTOFF, 2));
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(fx.files("run/qemu")).isEmpty();
        }
    }

    @Test
    @Timeout(300)
    void aGuestHeldByAnotherInstanceIsListedButLeftAlone() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainCreateXML(fx.xml("held", "qemu"), 0);
            // a second instance on the same root, as another process would open it (the provider would share)
            QemuDriverConfig cfg = QemuDriverConfig.of(ConnectUri.parse(fx.uri()), System.getenv(), QemuDriverProvider.uid());
            QemuDriver other = QemuDriver.open(cfg);
            try {
                QemuHypervisor hv = new QemuHypervisor(other);
                DomainRef ref = hv.domainLookupByName("held");
                assertThat(ref.id()).isEqualTo(d.getID());
                assertThat(hv.domainGetState(ref, 0).state()).isEqualTo(DomainState.RUNNING);
                assertThatThrownBy(() -> hv.domainDestroyFlags(ref, 0))
                        .hasMessageStartingWith("Requested operation is not valid: domain 'held' is managed by another process (pid "
                                + ProcessHandle.current().pid() + ")");
            } finally {
                other.shutdown();
            }
            assertThat(d.getState(0).state()).isEqualTo(DomainState.RUNNING);
            d.destroy();
            assertThat(fx.qemuPids()).isEmpty();
        }
    }

    @Test
    @Timeout(300)
    void aGuestThatDiedUnwatchedIsCleanedUp() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            c.domainDefineXML(fx.xml("dies", "qemu"), 0).create();
        }
        List<Long> pids = fx.qemuPids();
        assertThat(pids).hasSize(1);
        ProcessHandle.of(pids.getFirst()).orElseThrow().destroyForcibly();
        QemuProcess.waitGone(pids.getFirst(), Duration.ofSeconds(10));
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainLookupByName("dies");
            assertThat(d.getState(0).state()).isEqualTo(DomainState.SHUTOFF);
            assertThat(d.getID()).isEqualTo(-1);
            assertThat(fx.files("run/qemu")).isEmpty();
        }
    }
}
