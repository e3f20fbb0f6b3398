package org.jvirt.conf.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jvirt.conf.GoldenFiles;
import org.jvirt.conf.SchemaAssert;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files as libvirt's interfacexml2xmltest: {@code interfacexml2xml/NAME.xml} parsed and formatted must
 * equal {@code NAME.out.xml}; a must-fail input has {@code NAME.err} (code, domain, message). Every expectation
 * was recorded from real libvirt 9.0 (src/test/scripts/interfacexml2xml-oracle.py defines each input on its
 * test driver); -Djvirt.test.regenerate=true rewrites them from this code.
 */
class InterfaceXml2XmlTest {

    static final Path DIR = Path.of("src/test/resources/interfacexml2xml");

    /** Inputs libvirt accepts although its own schema does not (empty/odd values it reads leniently). */
    static final List<String> SCHEMA_INVALID_INPUTS = List.of("bridge-stp-bad", "escape-name", "ignored-elements",
            "ip-edge", "bond-miimon-edge", "bond-no-mode", "bridge-empty", "bridge-stp-on", "ethernet-multi-ip");

    /** Outputs libvirt's schema refuses as well (an unescaped '&amp;', an empty address, an empty bond). */
    static final List<String> SCHEMA_INVALID_OUTPUTS = List.of("escape-name", "ip-edge", "bond-no-mode",
            "bridge-empty", "bridge-stp-bad", "bond-miimon-edge");

    static Stream<String> ok() throws IOException {
        return GoldenFiles.inputs(DIR).stream().filter(n -> Files.exists(DIR.resolve(n + ".out.xml")));
    }

    static Stream<String> fail() throws IOException {
        return GoldenFiles.inputs(DIR).stream().filter(n -> n.startsWith("fail-"));
    }

    static String convert(String name) {
        return InterfaceXml.format(InterfaceXml.parse(GoldenFiles.read(DIR.resolve(name + ".xml"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void xml2xml(String name) {
        GoldenFiles.assertGolden(DIR.resolve(name + ".out.xml"), convert(name));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void roundTrip(String name) {
        String out = GoldenFiles.read(DIR.resolve(name + ".out.xml"));
        if (!SCHEMA_INVALID_OUTPUTS.contains(name)) {
            assertThat(InterfaceXml.format(InterfaceXml.parse(out))).isEqualTo(out);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fail")
    void parseError(String name) {
        VirtException e = catchThrowableOfType(VirtException.class, () -> convert(name));
        assertThat(e).as("%s must be rejected", name).isNotNull();
        GoldenFiles.assertGolden(DIR.resolve(name + ".err"), GoldenFiles.errorText(e));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void matchesLibvirtSchema(String name) {
        if (!SCHEMA_INVALID_INPUTS.contains(name)) {
            SchemaAssert.assertValidLibvirt("interface", GoldenFiles.read(DIR.resolve(name + ".xml")));
        }
        if (!SCHEMA_INVALID_OUTPUTS.contains(name)) {
            SchemaAssert.assertValidLibvirt("interface", GoldenFiles.read(DIR.resolve(name + ".out.xml")));
        }
    }

    @Test
    void everyFixtureHasAnExpectation() throws IOException {
        for (String n : GoldenFiles.inputs(DIR)) {
            assertThat(Files.exists(DIR.resolve(n + ".out.xml")) != n.startsWith("fail-")).as(n).isTrue();
            assertThat(Files.exists(DIR.resolve(n + ".err"))).as(n).isEqualTo(n.startsWith("fail-"));
        }
    }
}
