package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.qemu.QemuDriverFixture.assertState;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventId;
import org.jvirt.flags.ConnectListAllDomainsFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The QEMU driver through the public API on real QEMU (TCG) with the test guest, each test in its own
 * qemu:///embed root: the lifecycle with state and reason after every step, failed starts that leave nothing
 * behind, and libvirt's refusals.
 */
class QemuLifecycleIT {

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    @Test
    @Timeout(600)
    void defineStartSuspendResumeShutdownStartDestroyUndefine() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            assertThat(c.getType()).isEqualTo("QEMU");
            assertThat(c.getURI()).isEqualTo(fx.uri());
            List<String> events = new CopyOnWriteArrayList<>();
            c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, ev -> events.add(((org.jvirt.event.DomainLifecycleEvent) ev).event().name()));

            Domain d = c.domainDefineXML(fx.xml("life", "qemu"), 0);
            assertThat(d.getID()).isEqualTo(-1);
            assertState(d, DomainState.SHUTOFF, 0);
            assertThat(fx.root.resolve("etc/qemu/life.xml")).exists();
            assertThat(Files.readString(fx.root.resolve("etc/qemu/life.xml"))).contains("machine='pc-i440fx-");

            d.create();
            Domain running = c.domainLookupByName("life");
            assertThat(running.getID()).isPositive();
            assertState(d, DomainState.RUNNING, 1); // booted
            assertThat(d.getXMLDesc(0)).contains("<domain type='qemu' id='" + running.getID() + "'>");
            assertThat(d.getXMLDesc(2)).doesNotContain(" id=");
            assertThat(c.domainLookupByID(running.getID()).getName()).isEqualTo("life");
            assertThat(fx.root.resolve("run/qemu/life.xml")).exists();
            assertThat(fx.qemuPids()).hasSize(1);
            assertThat(fx.awaitMarker("life", Duration.ofSeconds(120))).as("guest marker on the serial file").isTrue();
            assertThat(d.getInfo().cpuTime()).isPositive();
            assertThat(c.listAllDomains(ConnectListAllDomainsFlag.ACTIVE.value())).extracting(Domain::getName).containsExactly("life");
            assertThat(c.listAllDomains(ConnectListAllDomainsFlag.INACTIVE.value())).isEmpty();

            // <memballoon model='none'/>: libvirt 9.0's refusal of a live setmem
            assertThatThrownBy(() -> d.setMemory(65536, 1)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.OPERATION_INVALID);
                assertThat(e.getMessage()).isEqualTo("Requested operation is not valid: Unable to change memory of active "
                        + "domain without the balloon device and guest OS balloon driver");
            });

            d.suspend();
            assertState(d, DomainState.PAUSED, 1); // user
            d.suspend(); // libvirt: no error, no change
            assertState(d, DomainState.PAUSED, 1);
            assertThat(c.listAllDomains(ConnectListAllDomainsFlag.PAUSED.value())).hasSize(1);
            d.resume();
            assertState(d, DomainState.RUNNING, 5); // unpaused

            d.shutdown(0);
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(90), () -> d.getState(0).state() == DomainState.SHUTOFF))
                    .as("ACPI shutdown reaches shut off").isTrue();
            assertState(d, DomainState.SHUTOFF, 1); // shutdown
            assertThat(d.getID()).isEqualTo(-1);
            assertThat(c.domainLookupByName("life").getID()).isEqualTo(-1);
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(10), () -> fx.qemuPids().isEmpty())).isTrue();
            assertThat(fx.files("run/qemu")).as("no status file, socket or lock after shutdown").isEmpty();

            Files.deleteIfExists(fx.serialLog("life"));
            d.create();
            assertState(d, DomainState.RUNNING, 1);
            assertThat(fx.awaitMarker("life", Duration.ofSeconds(120))).isTrue();
            assertThatThrownBy(d::create).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.OPERATION_INVALID);
                assertThat(e.getMessage()).isEqualTo("Requested operation is not valid: domain is already running");
            });

            d.destroy();
            assertState(d, DomainState.SHUTOFF, 2); // destroyed
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(fx.files("run/qemu")).isEmpty();
            assertThatThrownBy(d::suspend).hasMessage("Requested operation is not valid: domain is not running");
            assertThatThrownBy(() -> d.destroy()).hasMessage("Requested operation is not valid: domain is not running");

            d.undefine(0);
            assertThat(fx.root.resolve("etc/qemu/life.xml")).doesNotExist();
            assertThatThrownBy(() -> c.domainLookupByName("life")).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.NO_DOMAIN);
                assertThat(e.getMessage()).isEqualTo("Domain not found: no domain with matching name 'life'");
            });
            QemuDriverFixture.await(Duration.ofSeconds(5), () -> events.contains("UNDEFINED"));
            assertThat(events).as("lifecycle events in order").containsSubsequence(
                    "DEFINED", "STARTED", "SUSPENDED", "RESUMED", "SHUTDOWN", "STOPPED", "STARTED", "STOPPED", "UNDEFINED");
        }
    }

    @Test
    @Timeout(300)
    void transientGuestPoweringOffInsideIsGone() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainCreateXML(fx.xml("trans", "qemu"), 0);
            assertState(d, DomainState.RUNNING, 1);
            assertThat(d.isPersistent()).isFalse();
            assertThat(fx.root.resolve("etc/qemu/trans.xml")).doesNotExist();
            assertThat(fx.awaitMarker("trans", Duration.ofSeconds(120))).isTrue();
            d.shutdown(1); // ACPI power button: the guest's init powers off by itself
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(90), () -> c.listAllDomains(0).isEmpty()))
                    .as("a transient domain disappears when it stops").isTrue();
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(fx.files("run/qemu")).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    void failedStartLeavesNothingBehindAndQuotesQemu() throws Exception {
        Files.writeString(fx.root.resolve("not-a-kernel"), "junk\n");
        try (Connect c = Connect.open(fx.uri())) {
            String xml = fx.xml("bad", "qemu", fx.root.resolve("not-a-kernel").toString());
            assertThatThrownBy(() -> c.domainCreateXML(xml, 0)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                assertThat(e.error().domain()).isEqualTo(ErrorDomain.QEMU);
                // libvirt 9.0 on the same file: "internal error: qemu unexpectedly closed the monitor: qemu: <QEMU's words>"
                assertThat(e.getMessage()).startsWith("internal error: ").containsPattern(": qemu: .*kernel");
            });
            assertThat(c.listAllDomains(0)).isEmpty();
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(fx.files("run/qemu")).as("no socket, status or lock file").isEmpty();

            // the same for a persistent domain: it stays defined and shut off
            Domain d = c.domainDefineXML(xml, 0);
            assertThatThrownBy(d::create).hasMessageContaining("qemu: ");
            assertState(d, DomainState.SHUTOFF, 0);
            assertThat(fx.files("run/qemu")).isEmpty();
            assertThat(fx.qemuPids()).isEmpty();

            // a missing kernel file: QEMU's own message
            String missing = fx.xml("gone", "qemu", fx.root.resolve("no-such-kernel").toString());
            assertThatThrownBy(() -> c.domainCreateXML(missing, 0)).hasMessageContaining("no-such-kernel");
            assertThat(fx.files("run/qemu")).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    void refusesKvmUnknownEmulatorAndMachineAsLibvirt() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            assertThatThrownBy(() -> c.domainDefineXML(fx.xml("k", "kvm"), 0)).isInstanceOfSatisfying(VirtException.class, e -> {
                assertThat(e.error().code()).isEqualTo(ErrorCode.CONFIG_UNSUPPORTED);
                assertThat(e.getMessage()).isEqualTo("unsupported configuration: Emulator '"
                        + QemuTestGuest.qemuBinary() + "' does not support virt type 'kvm'");
            });
            String badEmu = fx.xml("e", "qemu").replace("<devices>", "<devices><emulator>/nope/qemu</emulator>");
            assertThatThrownBy(() -> c.domainDefineXML(badEmu, 0))
                    .hasMessage("Cannot check QEMU binary /nope/qemu: No such file or directory");
            String badMachine = fx.xml("m", "qemu").replace("machine='pc'", "machine='bogus'");
            assertThatThrownBy(() -> c.domainCreateXML(badMachine, 0)).isInstanceOfSatisfying(VirtException.class,
                    e -> assertThat(e.error().code()).isEqualTo(ErrorCode.CONFIG_UNSUPPORTED));
            assertThat(c.listAllDomains(0)).isEmpty();
            assertThat(fx.qemuPids()).isEmpty();
        }
    }
}
