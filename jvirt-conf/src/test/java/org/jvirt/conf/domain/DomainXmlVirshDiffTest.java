package org.jvirt.conf.domain;

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
 * Differential check against the real thing: every DomainXml2XmlTest fixture is defined on libvirt's
 * test:///default with virsh and its {@code dumpxml --inactive} (or its error message) compared with ours.
 * Skipped, with the reason printed, when virsh is not on PATH.
 */
class DomainXmlVirshDiffTest {

    private static String virsh;

    @BeforeAll
    static void findVirsh() {
        virsh = GoldenFiles.findVirsh();
    }

    static Stream<String> ok() {
        return DomainXml2XmlTest.OK.stream();
    }

    static Stream<String> fail() {
        return DomainXml2XmlTest.FAIL.stream();
    }

    private static String[] run(String name, boolean dump) throws IOException, InterruptedException {
        assumeTrue(virsh != null, "virsh not on PATH: differential test against libvirt skipped");
        File input = DomainXml2XmlTest.DIR.resolve(name + ".xml").toAbsolutePath().toFile();
        String domName = name;
        try {
            domName = DomainXml.parse(GoldenFiles.read(input.toPath()), DomainParseOptions.testDriver()).name();
        } catch (VirtException e) {
            // a must-fail fixture: virsh fails at define anyway
        }
        return GoldenFiles.runVirsh(virsh,
                "define " + input.getPath() + (dump ? "; dumpxml --inactive " + domName : ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ok")
    void sameXmlAsLibvirt(String name) throws Exception {
        String[] r = run(name, true);
        int start = r[0].indexOf("<domain");
        int end = r[0].indexOf("</domain>");
        assertThat(start).as("virsh output for %s: %s", name, r[1]).isGreaterThanOrEqualTo(0);
        String libvirt = r[0].substring(start, end + "</domain>".length()) + "\n";
        // Generated values (uuid/mac) differ per run; the fixtures give them explicitly.
        assertThat(DomainXml2XmlTest.convert(name)).isEqualTo(libvirt);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fail")
    void sameErrorAsLibvirt(String name) throws Exception {
        String[] r = run(name, false);
        String marker = "error: Failed to define domain from ";
        int i = r[1].indexOf(marker);
        assertThat(i).as("virsh must reject %s: %s", name, r[1]).isGreaterThanOrEqualTo(0);
        int nl = r[1].indexOf('\n', i);
        String message = r[1].substring(nl + 1).replaceFirst("^error: ", "").stripTrailing();
        VirtException e = catchThrowableOfType(VirtException.class, () -> DomainXml2XmlTest.convert(name));
        assertThat(e).isNotNull();
        assertThat(e.getMessage().stripTrailing()).isEqualTo(message);
    }
}
