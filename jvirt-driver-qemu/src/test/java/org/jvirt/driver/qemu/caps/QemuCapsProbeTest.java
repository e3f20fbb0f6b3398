package org.jvirt.driver.qemu.caps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QemuCapsProbeTest {

    @Test
    void archFromBinaryName() {
        assertThat(QemuCapsProbe.archOf(Path.of("/usr/bin/qemu-system-x86_64"))).isEqualTo("x86_64");
        assertThat(QemuCapsProbe.archOf(Path.of("/usr/bin/qemu-system-i386"))).isEqualTo("i686");
        assertThat(QemuCapsProbe.archOf(Path.of("/usr/bin/qemu-system-aarch64"))).isEqualTo("aarch64");
        assertThat(QemuCapsProbe.archOf(Path.of("/usr/bin/qemu-system-x86_64-microvm"))).isNull();
        assertThat(QemuCapsProbe.archOf(Path.of("/usr/bin/qemu-img"))).isNull();
    }

    @Test
    void capsViewForTheBuilder() {
        QemuBinaryCaps c = new QemuBinaryCaps(QemuBinaryCaps.FORMAT, "/usr/bin/qemu-system-x86_64", 1, 2, false, "7.2.22",
                "x86_64", List.of(new QemuMachine("pc-i440fx-7.2", "pc", 255, false, true),
                        new QemuMachine("pc-q35-7.2", "q35", 288, false, false),
                        new QemuMachine("pc-i440fx-1.5", null, 255, true, false)), List.of("qemu64"), false);
        assertThat(c.defaultMachine()).isEqualTo("pc-i440fx-7.2");
        assertThat(c.hasMachine("q35")).isTrue();
        assertThat(c.hasMachine("pc-i440fx-1.5")).isTrue();
        assertThat(c.hasMachine("bogus")).isFalse();
        assertThat(c.toCaps().canonicalMachine("pc")).isEqualTo("pc-i440fx-7.2");
        assertThat(c.toCaps().canonicalMachine(null)).isEqualTo("pc-i440fx-7.2");
        assertThat(c.toCaps().kvm()).isFalse();
    }
}
