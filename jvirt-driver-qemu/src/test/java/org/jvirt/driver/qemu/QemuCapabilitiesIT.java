package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.stream.Stream;
import org.jvirt.Connect;
import org.jvirt.driver.qemu.caps.KvmProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Capabilities from probing the installed QEMU binaries, cached per binary, without KVM on these hosts. */
class QemuCapabilitiesIT {

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    @Test
    @Timeout(120)
    void capabilitiesListProbedMachinesAndNoKvm() throws Exception {
        KvmProbe.Result kvm = KvmProbe.probe();
        System.out.println("KVM probe: " + kvm);
        try (Connect c = Connect.open(fx.uri())) {
            String caps = c.getCapabilities();
            assertThat(caps).startsWith("<capabilities>").contains("<arch>x86_64</arch>")
                    .contains("<emulator>" + QemuTestGuest.qemuBinary() + "</emulator>")
                    .containsPattern("<machine maxCpus='255'>pc-i440fx-[0-9.]+</machine>\\s*<machine canonical='pc-i440fx-[0-9.]+' maxCpus='255'>pc</machine>")
                    .contains("<domain type='qemu'/>")
                    .doesNotContain("qemu-system-x86_64-microvm");
            if (!kvm.usable()) {
                // /dev/kvm exists here and libvirt offers kvm; a guest under it never boots, so we do not
                assertThat(caps).doesNotContain("<domain type='kvm'/>");
            }
            assertThat(c.getVersion()).isGreaterThanOrEqualTo(7_000_000L);
        }
        try (Stream<java.nio.file.Path> s = Files.list(fx.root.resolve("cache/qemu/capabilities"))) {
            assertThat(s.filter(p -> p.toString().endsWith(".json"))).as("one cache file per probed binary").isNotEmpty();
        }
        // a second instance reads the cache: no QEMU runs to answer
        long t0 = System.nanoTime();
        try (Connect c = Connect.open(fx.uri())) {
            c.getCapabilities();
        }
        System.out.printf("capabilities from cache in %.1f ms%n", (System.nanoTime() - t0) / 1e6);
    }

    @Test
    void kvmIsNotOfferedOnTheseHosts() {
        KvmProbe.Result kvm = KvmProbe.probe();
        assertThat(kvm.reason()).isNotEmpty();
        if (Files.exists(java.nio.file.Path.of("/dev/kvm")) && !kvm.usable()) {
            assertThat(kvm.reason()).containsAnyOf("too slowly", "failed", "did not finish", "cannot open");
        }
    }
}
