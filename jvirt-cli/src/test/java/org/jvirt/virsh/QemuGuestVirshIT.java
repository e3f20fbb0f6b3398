package org.jvirt.virsh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.virsh.ScratchLibvirtdQemu.virsh;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.jvirt.driver.qemu.QemuTestProcesses;
import org.jvirt.virsh.ScratchLibvirtdQemu.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The same transient guest (two vCPUs, a virtio disk, a user-mode NIC, a virtio balloon polling every second)
 * once on jvirt's qemu:///embed and once on libvirt 9.0's own qemu driver (the shared scratch libvirtd), then
 * the statistics and vCPU commands of jvirsh and of real virsh on them: identical output, with digits masked
 * where the two guests' counters naturally differ.
 */
class QemuGuestVirshIT {

    private static final String NAME = "jvirt-qstats-cmp";
    private static Path root;

    @BeforeAll
    static void boot() throws Exception {
        ScratchLibvirtdQemu.assumeAvailable();
        QemuTestGuest guest = QemuTestGuest.get();
        root = Files.createTempDirectory(Path.of("/tmp"), "jvg");
        // libvirt's QEMU runs as another user: kernel, initrd and disk images it may read, in a world-readable dir
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String f : List.of("vmlinuz", "initrd.img")) {
            Files.copy(guest.dir().resolve(f), root.resolve(f));
            Files.setPosixFilePermissions(root.resolve(f), PosixFilePermissions.fromString("rw-r--r--"));
        }
        String cmdline = guest.cmdline();
        for (String side : List.of("jvirt", "libvirt")) {
            Path disk = root.resolve(side + ".raw");
            Files.write(disk, new byte[1 << 20]);
            Files.setPosixFilePermissions(disk, PosixFilePermissions.fromString("rw-rw-rw-"));
            Files.writeString(root.resolve(side + ".xml"), """
                    <domain type='qemu'>
                      <name>%s</name>
                      <memory unit='KiB'>131072</memory>
                      <vcpu>2</vcpu>
                      <os><type arch='x86_64' machine='pc'>hvm</type><kernel>%s</kernel><initrd>%s</initrd><cmdline>%s</cmdline></os>
                      <devices>
                        <disk type='file' device='disk'><source file='%s'/><target dev='vda' bus='virtio'/></disk>
                        <interface type='user'><mac address='52:54:00:aa:00:51'/><model type='virtio'/></interface>
                        <memballoon model='virtio'><stats period='1'/></memballoon>
                      </devices>
                    </domain>
                    """.formatted(NAME, root.resolve("vmlinuz"), root.resolve("initrd.img"), cmdline, disk));
        }
        assertThat(jvirsh("create " + root.resolve("jvirt.xml")).rc()).isZero();
        Result r = virsh("create " + root.resolve("libvirt.xml"));
        assertThat(r.rc()).as(r.err()).isZero();
        // both kernels are up once their balloon drivers report (virtio_blk has probed the disk before)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (!(jvirsh("dommemstat " + NAME).out().contains("last_update") && virsh("dommemstat " + NAME).out().contains("last_update"))) {
            assertThat(System.nanoTime()).as("both guests report balloon stats").isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (root == null) {
            return;
        }
        virsh("destroy " + NAME);
        QemuTestProcesses.kill(root.resolve("jvirt.raw").toString());
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Result jvirsh(String line) {
        return ScratchLibvirtdQemu.jvirsh(root.resolve("jv"), line);
    }

    @Test
    @Timeout(600)
    void statisticsAndVcpusAsLibvirt() throws Exception {
        for (String cmd : List.of("domifstat %s 52:54:00:aa:00:51", "domifstat %s 52:54:00:aa:00:99", "domifstat %s vnet99",
                "domblkstat %s vdz", "vcpupin %s", "vcpupin %s 5 0", "vcpupin %s 0 0 --config",
                "dommemstat %s --period 3 --live --config", "vcpucount %s")) {
            String line = cmd.formatted(NAME);
            assertThat(jvirsh(line)).as(line).isEqualTo(virsh(line));
        }
        for (String cmd : List.of("domblkstat %s vda", "domblkstat %s", "domblkstat %s vda --human", "vcpuinfo %s",
                "vcpuinfo %s --pretty", "dommemstat %s", "emulatorpin %s")) {
            String line = cmd.formatted(NAME);
            assertThat(jvirsh(line).maskOut("\\d+", "N")).as(line).isEqualTo(virsh(line).maskOut("\\d+", "N"));
        }
        for (String cmd : List.of("vcpupin %s 1 0 --live", "vcpupin %s 0 1", "emulatorpin %s 1", "emulatorpin %s 0 --config")) {
            String line = cmd.formatted(NAME);
            assertThat(jvirsh(line)).as(line).isEqualTo(virsh(line));
        }
        assertThat(jvirsh("emulatorpin " + NAME)).isEqualTo(virsh("emulatorpin " + NAME));
        assertThat(jvirsh("vcpupin " + NAME)).isEqualTo(virsh("vcpupin " + NAME));
        assertThat(jvirsh("dommemstat " + NAME + " --period 0")).isEqualTo(virsh("dommemstat " + NAME + " --period 0"));
        assertThat(jvirsh("dumpxml " + NAME).out()).contains("<vcpupin vcpu='1' cpuset='0'/>");
    }
}
