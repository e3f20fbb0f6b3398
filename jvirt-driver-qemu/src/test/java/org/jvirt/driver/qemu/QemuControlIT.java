package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.qemu.QemuDriverFixture.assertState;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainLifecycleEvent;
import org.jvirt.flags.DomainCoreDumpFlag;
import org.jvirt.flags.DomainMemoryModFlag;
import org.jvirt.flags.DomainVcpuFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * reboot, reset, dump, setmem/setmaxmem, setvcpus/vcpucount and autostart on real QEMU (TCG) with the test guest:
 * one guest (two vCPU slots, one online, a virtio balloon) taken through every step in order, to spend the CPU
 * of one boot per step that needs one.
 */
class QemuControlIT {

    private static final int LIVE = DomainMemoryModFlag.LIVE.value();
    private static final int CONFIG = DomainMemoryModFlag.CONFIG.value();

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    private String xml() {
        return fx.xml("ctl", "qemu").replace("<vcpu>1</vcpu>", "<vcpu current='1'>2</vcpu>")
                .replace("<memballoon model='none'/>", "<memballoon model='virtio'/>");
    }

    private int markers() throws Exception {
        String s = Files.exists(fx.serialLog("ctl")) ? Files.readString(fx.serialLog("ctl")) : "";
        return s.split(fx.guest.marker(), -1).length - 1;
    }

    private static void assertError(Runnable call, ErrorCode code, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.error().code()).isEqualTo(code);
        });
    }

    @Test
    @Timeout(900)
    void rebootResetMemoryVcpusDumpAutostart() throws Exception {
        try (Connect c = Connect.open(fx.uri())) {
            List<String> events = new CopyOnWriteArrayList<>();
            Consumer<String> add = events::add;
            c.domainEventRegisterAny(null, DomainEventId.LIFECYCLE, ev -> add.accept(((DomainLifecycleEvent) ev).event().name()));
            c.domainEventRegisterAny(null, DomainEventId.REBOOT, ev -> add.accept("REBOOT"));
            Domain d = c.domainDefineXML(xml(), 0);

            // ---- inactive: config-only changes, libvirt's refusals ----------------------------------------
            assertError(() -> d.reboot(0), ErrorCode.OPERATION_INVALID, "Requested operation is not valid: domain is not running");
            assertError(() -> d.reset(0), ErrorCode.OPERATION_INVALID, "Requested operation is not valid: domain is not running");
            assertError(() -> d.setMemory(262144, CONFIG), ErrorCode.INVALID_ARG, "invalid argument: cannot set memory higher than max memory");
            d.setMaxMemory(200000);
            d.setMemory(150000, CONFIG);
            assertThat(Files.readString(fx.root.resolve("etc/qemu/ctl.xml"))).contains("<memory unit='KiB'>200000</memory>")
                    .contains("<currentMemory unit='KiB'>150000</currentMemory>");
            d.setMaxMemory(131072);
            d.setMemory(131072, CONFIG);
            d.setVcpus(2, DomainVcpuFlag.MAXIMUM.value() | CONFIG);
            assertThat(d.getVcpus(DomainVcpuFlag.MAXIMUM.value() | CONFIG)).isEqualTo(2);
            assertThat(d.getVcpus(CONFIG)).isEqualTo(1);
            assertError(() -> d.setVcpus(3, CONFIG), ErrorCode.INVALID_ARG,
                    "invalid argument: requested vcpus is greater than max allowable vcpus for the persistent domain: 3 > 2");
            assertError(() -> d.setVcpus(1, DomainVcpuFlag.MAXIMUM.value()), ErrorCode.INVALID_ARG,
                    "Flag 'VIR_DOMAIN_AFFECT_CONFIG' is required by flag 'VIR_DOMAIN_VCPU_MAXIMUM'");
            assertError(() -> d.reboot(4), ErrorCode.INVALID_ARG, "unsupported flags (0x4) in function qemuDomainReboot");

            // ---- reboot: the guest powers off on ACPI; it must come back running, booted, printing its marker again
            d.create();
            assertThat(fx.awaitMarker("ctl", Duration.ofSeconds(120))).isTrue();
            events.clear(); // the start's RESUMED and STARTED
            assertError(() -> d.reboot(2), ErrorCode.ARGUMENT_UNSUPPORTED, "argument unsupported: QEMU guest agent is not configured");
            d.reboot(0);
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(120), () -> {
                try {
                    return markers() >= 2;
                } catch (Exception e) {
                    return false;
                }
            })).as("guest booted again after reboot").isTrue();
            assertState(d, DomainState.RUNNING, 1); // booted
            assertThat(fx.qemuPids()).hasSize(1);
            // libvirt 9.0 on this guest: REBOOT events only (one per QEMU RESET), the state never leaves running
            assertThat(events).contains("REBOOT").doesNotContain("SHUTDOWN", "RESUMED", "STOPPED", "SUSPENDED");

            // ---- reset ------------------------------------------------------------------------------------
            events.clear();
            d.reset(0);
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(10), () -> events.contains("REBOOT"))).isTrue();
            assertState(d, DomainState.RUNNING, 1);
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(120), () -> {
                try {
                    return markers() >= 3;
                } catch (Exception e) {
                    return false;
                }
            })).as("guest booted again after reset").isTrue();

            // ---- memory: the balloon --------------------------------------------------------------------------
            assertError(() -> d.setMaxMemory(100000), ErrorCode.OPERATION_INVALID,
                    "Requested operation is not valid: cannot resize the maximum memory on an active domain");
            assertError(() -> d.setMemory(262144, LIVE), ErrorCode.INVALID_ARG, "invalid argument: cannot set memory higher than max memory");
            d.setMemory(98304, LIVE);
            assertThat(QemuDriverFixture.await(Duration.ofSeconds(60), () -> d.getInfo().memory() == 98304))
                    .as("the guest's balloon driver gave memory back: " + d.getInfo()).isTrue();
            assertThat(d.getXMLDesc(0)).contains("<currentMemory unit='KiB'>98304</currentMemory>");
            assertThat(d.getXMLDesc(2)).contains("<currentMemory unit='KiB'>131072</currentMemory>");
            assertThat(Files.readString(fx.root.resolve("run/qemu/ctl.xml"))).contains("<currentMemory unit='KiB'>98304</currentMemory>");
            d.setMemory(120000, CONFIG);
            assertThat(d.getXMLDesc(2)).contains("<currentMemory unit='KiB'>120000</currentMemory>");
            assertThat(Files.readString(fx.root.resolve("etc/qemu/ctl.xml"))).contains("<currentMemory unit='KiB'>120000</currentMemory>");

            // ---- vCPUs: hotplug one, refuse what cannot be done ---------------------------------------------
            assertThat(d.getVcpus(LIVE)).isEqualTo(1);
            assertError(() -> d.setVcpus(2, DomainVcpuFlag.MAXIMUM.value() | CONFIG | LIVE), ErrorCode.OPERATION_UNSUPPORTED,
                    "Operation not supported: maximum vcpu count of a live domain can't be modified");
            assertError(() -> d.setVcpus(3, LIVE), ErrorCode.INVALID_ARG,
                    "invalid argument: requested vcpus is greater than max allowable vcpus for the live domain: 3 > 2");
            d.setVcpus(2, LIVE);
            assertThat(d.getVcpus(LIVE)).isEqualTo(2);
            assertThat(d.getVcpus(CONFIG)).isEqualTo(1);
            assertThat(d.getInfo().nrVirtCpu()).isEqualTo(2);
            assertThat(d.getXMLDesc(0)).contains("<vcpu placement='static'>2</vcpu>");
            // the hotplugged CPU goes again when the guest's ACPI ejects it within libvirt's 5 s (under load it may
            // not: libvirt 9.0 then fails as here, and the CPU stays)
            try {
                d.setVcpus(1, LIVE);
                assertThat(d.getVcpus(LIVE)).isEqualTo(1);
            } catch (VirtException e) {
                assertThat(e.error().code()).isEqualTo(ErrorCode.OPERATION_TIMEOUT);
                assertThat(e.getMessage()).isEqualTo("Timed out during operation: vcpu unplug request timed out. "
                        + "Unplug result must be manually inspected in the domain");
                assertThat(d.getVcpus(LIVE)).isEqualTo(2);
            }
            assertError(() -> d.getVcpus(DomainVcpuFlag.GUEST.value()), ErrorCode.ARGUMENT_UNSUPPORTED,
                    "argument unsupported: QEMU guest agent is not configured");
            assertError(() -> d.getVcpus(DomainVcpuFlag.GUEST.value() | CONFIG), ErrorCode.INVALID_ARG,
                    "invalid argument: vCPU count provided by the guest agent can only be requested for live domains");

            // ---- dump --------------------------------------------------------------------------------------
            Path elf = fx.root.resolve("mem.elf");
            events.clear();
            d.coreDumpWithFormat(elf.toString(), 0, DomainCoreDumpFlag.MEMORY_ONLY.value());
            assertThat(elf).exists();
            try (FileChannel f = FileChannel.open(elf)) {
                ByteBuffer head = ByteBuffer.allocate(4);
                f.read(head);
                assertThat(head.array()).containsExactly(0x7f, 'E', 'L', 'F');
                assertThat(f.size()).isGreaterThan(64L << 20);
            }
            assertState(d, DomainState.RUNNING, 5); // unpaused after the pause for the dump
            assertThat(events).containsSubsequence("SUSPENDED", "RESUMED");
            assertError(() -> d.coreDumpWithFormat(fx.root.resolve("x").toString(), 1, 0), ErrorCode.OPERATION_UNSUPPORTED,
                    "Operation not supported: kdump-compressed format is only supported with memory-only dump");
            assertThat(fx.root.resolve("x")).doesNotExist();
            assertError(() -> d.coreDumpWithFormat(fx.root.resolve("x").toString(), 9, 0), ErrorCode.INVALID_ARG,
                    "dumpformat '9' is not supported");
            assertError(() -> d.coreDumpWithFormat(fx.root.resolve("no/such/dir").toString(), 0, DomainCoreDumpFlag.MEMORY_ONLY.value()),
                    ErrorCode.SYSTEM_ERROR, "Failed to create file '" + fx.root.resolve("no/such/dir") + "': No such file or directory");
            // formats as QEMU 7.2 of Debian offers them (libvirt 9.0 gave the same answers on this guest)
            int memOnly = DomainCoreDumpFlag.MEMORY_ONLY.value();
            d.coreDumpWithFormat(fx.root.resolve("mem.kdump").toString(), 1, memOnly);
            byte[] kdump = Files.readAllBytes(fx.root.resolve("mem.kdump"));
            // QEMU writes kdump in makedumpfile's flattened format (to a non-seekable fd as libvirt passes it too)
            assertThat(new String(kdump, 0, 12, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("makedumpfile");
            assertError(() -> d.coreDumpWithFormat(fx.root.resolve("l").toString(), 2, memOnly), ErrorCode.INVALID_ARG,
                    "invalid argument: unsupported dumpformat 'kdump-lzo' for this QEMU binary");
            assertError(() -> d.coreDumpWithFormat(fx.root.resolve("w").toString(), 4, memOnly), ErrorCode.OPERATION_FAILED,
                    "operation failed: memory-only dump failed: win-dump: invalid vmcoreinfo note size");
            assertThat(fx.root.resolve("w")).as("a failed dump leaves no file").doesNotExist();
            Path raw = fx.root.resolve("mem.raw");
            events.clear();
            d.coreDumpWithFormat(raw.toString(), 0, DomainCoreDumpFlag.LIVE.value());
            assertThat(Files.size(raw)).isPositive();
            assertState(d, DomainState.RUNNING, 5);
            assertThat(events).containsExactly("SUSPENDED", "RESUMED"); // the migration stops the vCPUs at its end
            Path crash = fx.root.resolve("crash.elf");
            d.coreDumpWithFormat(crash.toString(), 0, DomainCoreDumpFlag.MEMORY_ONLY.value() | DomainCoreDumpFlag.CRASH.value());
            assertThat(Files.size(crash)).isPositive();
            assertState(d, DomainState.SHUTOFF, 3); // crashed
            assertThat(fx.qemuPids()).isEmpty();
            assertThat(d.getVcpus(CONFIG)).isEqualTo(1);

            // ---- autostart ---------------------------------------------------------------------------------
            assertThat(d.getAutostart()).isFalse();
            d.setAutostart(true);
            assertThat(d.getAutostart()).isTrue();
            Path link = fx.root.resolve("etc/qemu/autostart/ctl.xml");
            assertThat(Files.isSymbolicLink(link)).isTrue();
            assertThat(Files.readSymbolicLink(link)).isEqualTo(fx.root.resolve("etc/qemu/ctl.xml"));
            assertThat(fx.root.resolve("run/qemu/autostarted")).as("this boot's autostart already ran at open").exists();
        }
        // a new boot of the host: the state dir's marker is gone, the next open starts the guest
        Files.delete(fx.root.resolve("run/qemu/autostarted"));
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainLookupByName("ctl");
            assertThat(d.getAutostart()).isTrue();
            assertState(d, DomainState.RUNNING, 1);
            d.destroy();
        }
        // same boot: destroyed stays destroyed
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainLookupByName("ctl");
            assertState(d, DomainState.SHUTOFF, 2);
            d.setAutostart(false);
            assertThat(fx.root.resolve("etc/qemu/autostart/ctl.xml")).doesNotExist();
            d.setAutostart(true);
            d.undefine(0);
            assertThat(fx.root.resolve("etc/qemu/autostart/ctl.xml")).doesNotExist();
            assertError(() -> c.domainCreateXML(xml(), 0).setAutostart(true), ErrorCode.OPERATION_INVALID,
                    "Requested operation is not valid: cannot set autostart for transient domain");
        }
    }
}
