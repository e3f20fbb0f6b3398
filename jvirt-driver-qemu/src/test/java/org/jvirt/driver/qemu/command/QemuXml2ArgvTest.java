package org.jvirt.driver.qemu.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.driver.qemu.caps.QemuCaps;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Golden files src/test/resources/qemuxml2argv/NAME.xml -> NAME.args (one argv element per line, so that an
 * element containing spaces or commas is visibly one element). Regenerate with -Djvirt.test.regenerate=true.
 * QemuXml2ArgvLibvirtIT compares the same cases with libvirt 9.0's domxml-to-native.
 */
class QemuXml2ArgvTest {

    static final Path DIR = Path.of("src/test/resources/qemuxml2argv");

    /** QEMU 7.2 on x86_64 under TCG, as the probe reports it on Debian 12. */
    static final QemuCaps CAPS = new QemuCaps("/usr/bin/qemu-system-x86_64", "7.2.22", "x86_64",
            Map.of("pc", "pc-i440fx-7.2", "q35", "pc-q35-7.2"), "pc-i440fx-7.2", false);

    /** Cases whose .args must match; listed in code as DESIGN P11 asks. */
    static final List<String> CASES = List.of("tiny-guest", "seed-qemu-fedora", "disks", "disk-cache-boot-order",
            "net-socket-modes", "net-tap-modes");

    static DomainParseOptions parseOptions() {
        return DomainParseOptions.builder().osDefaults(new DomainParseOptions.OsDefaults() {
            @Override
            public String arch(String osType, String virtType) {
                return "x86_64";
            }

            @Override
            public String machine(String osType, String arch, String virtType) {
                return "pc";
            }

            @Override
            public String emulator(String osType, String arch, String virtType) {
                return "/usr/bin/qemu-system-x86_64";
            }
        }).defaultVideoModel("cirrus").build();
    }

    static DomainDef parse(String name) throws IOException {
        return DomainXml.parse(Files.readString(DIR.resolve(name + ".xml")), parseOptions());
    }

    /** libvirt's monitor path for domxml-to-native, so the two argvs compare without rewriting. */
    static Path monitor(DomainDef def) {
        return Path.of("/var/lib/libvirt/qemu/domain--1-" + def.name() + "/monitor.sock");
    }

    static List<String> argv(String name) throws IOException {
        DomainDef def = parse(name);
        return QemuCommandBuilder.build(def, CAPS, monitor(def));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tiny-guest", "seed-qemu-fedora", "disks", "disk-cache-boot-order", "net-socket-modes",
            "net-tap-modes"})
    void xml2argv(String name) throws IOException {
        assertThat(CASES).contains(name);
        String actual = String.join("\n", argv(name)) + "\n";
        Path golden = DIR.resolve(name + ".args");
        if (Boolean.getBoolean("jvirt.test.regenerate")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }

    @Test
    void everyFixtureIsACase() throws IOException {
        try (var files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".xml"))
                    .map(f -> f.substring(0, f.length() - 4))).containsExactlyInAnyOrderElementsOf(CASES);
        }
    }

    @Test
    void commasAreDoubledOnlyInKeyValueOptions() throws IOException {
        List<String> a = argv("disks");
        assertThat(a).contains("guest=a,,b,debug-threads=on", "file,id=charserial0,path=/var/log/ser,,ial.log");
        // JSON values keep commas as they are
        assertThat(a).anyMatch(s -> s.contains("\"filename\":\"/var/lib/images/x,y.qcow2\""));
        assertThat(argv("net-tap-modes")).anyMatch(s -> s.contains("\"ifname\":\"tap,8\""));
    }

    @Test
    void unsupportedConfigurationsAreRefusedNotDropped() throws IOException {
        DomainDef q35 = parse("tiny-guest");
        DomainDef def = q35.withOs(q35.os().withMachine("q35"));
        assertThatThrownBy(() -> QemuCommandBuilder.build(def, CAPS, monitor(def)))
                .isInstanceOfSatisfying(VirtException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CONFIG_UNSUPPORTED))
                .hasMessage("unsupported configuration: machine type 'pc-q35-7.2' is not supported yet");
    }

    @Test
    void tapWithoutNameIsACallerBug() throws IOException {
        DomainDef def = parse("net-tap-modes");
        DomainDef unnamed = def.withDevices(def.devices().withInterfaces(
                def.devices().interfaces().stream().map(n -> n.withIfname(null)).toList()));
        assertThatThrownBy(() -> QemuCommandBuilder.build(unnamed, CAPS, monitor(unnamed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no tap name");
    }
}
