package org.jvirt.conf.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.util.stream.Stream;
import org.jvirt.conf.GoldenFiles;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential check against the real thing: every NetworkXml2XmlTest fixture is defined on libvirt's
 * test:///default with virsh ({@code net-define; net-dumpxml} in one process, since that driver's state
 * lives only as long as the process) and the output or error message compared with ours. Skipped, with the
 * reason printed, when virsh is not on PATH.
 */
class NetworkXmlVirshDiffTest {

    private static String virsh;

    @BeforeAll
    static void findVirsh() {
        virsh = GoldenFiles.findVirsh();
        if (virsh == null) {
            System.out.println("NetworkXmlVirshDiffTest: virsh not on PATH, differential test against libvirt skipped");
        }
    }

    static Stream<String> ok() {
        return NetworkXml2XmlTest.OK.stream();
    }

    static Stream<String> fail() {
        return NetworkXml2XmlTest.FAIL.stream();
    }

    private static String[] run(String script) throws IOException, InterruptedException {
        assumeTrue(virsh != null, "virsh not on PATH: differential test against libvirt skipped");
        return GoldenFiles.runVirsh(virsh, script);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void sameXmlAsLibvirt(String name) throws Exception {
        File input = NetworkXml2XmlTest.DIR.resolve(name + ".xml").toAbsolutePath().toFile();
        String netName = NetworkXml.parse(GoldenFiles.read(input.toPath()), NetworkXml2XmlTest.OPTS).name();
        String[] r = run("net-define " + input.getPath() + "; net-dumpxml " + netName);
        int start = r[0].indexOf("<network");
        int end = r[0].indexOf("</network>");
        assertThat(start).as("virsh output for %s: %s", name, r[1]).isGreaterThanOrEqualTo(0);
        String libvirt = r[0].substring(start, end + "</network>".length()) + "\n";
        assertThat(NetworkXml2XmlTest.convert(name)).isEqualTo(libvirt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fail")
    void sameErrorAsLibvirt(String name) throws Exception {
        File input = NetworkXml2XmlTest.DIR.resolve(name + ".xml").toAbsolutePath().toFile();
        String[] r = run("net-define " + input.getPath());
        String marker = "error: Failed to define network from ";
        int i = r[1].indexOf(marker);
        assertThat(i).as("virsh must reject %s: %s", name, r[1]).isGreaterThanOrEqualTo(0);
        int nl = r[1].indexOf('\n', i);
        String message = r[1].substring(nl + 1).replaceFirst("^error: ", "").stripTrailing();
        VirtException e = catchThrowableOfType(VirtException.class, () -> NetworkXml2XmlTest.convert(name));
        assertThat(e).isNotNull();
        assertThat(e.getMessage().stripTrailing()).isEqualTo(message);
    }
}
