package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.jvirt.Connect;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * domcapabilities on qemu:/// from the probed binary: valid against libvirt's installed domaincaps.rng, and the
 * same path, machine, arch and vCPU limit as libvirt 9.0's own qemu driver reports for the binary (when the
 * shared scratch libvirtd answers).
 */
class QemuDomainCapsIT {

    @Test
    @Timeout(300)
    void domainCapabilitiesFromTheProbe() throws Exception {
        try (QemuDriverFixture fx = new QemuDriverFixture(); Connect c = Connect.open(fx.uri())) {
            String xml = c.getDomainCapabilities(null, null, null, "qemu", 0);
            assertThat(xml).contains("<graphics supported='yes'>\n      <enum name='type'>\n        <value>vnc</value>");
            assertThat(xml).startsWith("<domainCapabilities>\n  <path>" + QemuTestGuest.qemuBinary().toRealPath())
                    .contains("<domain>qemu</domain>", "<arch>x86_64</arch>", "<machine>pc-i440fx-");
            Path f = fx.root.resolve("domcaps.xml");
            Files.writeString(f, xml);
            Path rng = Path.of("/usr/share/libvirt/schemas/domaincaps.rng");
            if (Files.exists(rng) && Files.isExecutable(Path.of("/usr/bin/xmllint"))) {
                Process p = new ProcessBuilder("xmllint", "--noout", "--relaxng", rng.toString(), f.toString())
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes());
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).as(out).isZero();
            }
            String real = realLibvirt();
            if (real != null) {
                for (String tag : new String[] {"path", "domain", "machine", "arch"}) {
                    assertThat(between(xml, tag)).as(tag).isEqualTo(between(real, tag));
                }
                assertThat(xml).contains(real.substring(real.indexOf("<vcpu "), real.indexOf("/>", real.indexOf("<vcpu ")) + 2));
                // libvirt's element order: ours is the same sequence with the parts the probe does not know left out
                assertThat(paths(real)).containsSubsequence(paths(xml));
                assertThat(paths(real)).containsAll(paths(xml));
            }
            assertThat(c.getDomainCapabilities(null, null, "pc", "qemu", 0)).contains("<machine>pc-i440fx-");
            assertThatThrownBy(() -> c.getDomainCapabilities(null, null, null, "xen", 0)).isInstanceOf(VirtException.class)
                    .hasMessage("invalid argument: unknown virttype: xen");
            assertThatThrownBy(() -> c.getDomainCapabilities(null, null, "nosuch", "qemu", 0)).isInstanceOf(VirtException.class)
                    .hasMessageContaining("the machine 'nosuch' is not supported by emulator");
        }
    }

    /** Element paths down to the devices' children ("domainCapabilities/devices/disk"), in document order. */
    private static java.util.List<String> paths(String xml) throws Exception {
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.util.List<String> out = new java.util.ArrayList<>();
        walk(doc.getDocumentElement(), "", 0, out);
        return out;
    }

    private static void walk(org.w3c.dom.Element e, String prefix, int depth, java.util.List<String> out) {
        String path = prefix + e.getTagName() + (e.hasAttribute("name") ? "[" + e.getAttribute("name") + "]" : "");
        out.add(path);
        if (depth < 2) {
            for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof org.w3c.dom.Element c) {
                    walk(c, path + "/", depth + 1, out);
                }
            }
        }
    }

    private static String between(String xml, String tag) {
        int a = xml.indexOf("<" + tag + ">");
        return a < 0 ? null : xml.substring(a + tag.length() + 2, xml.indexOf("</" + tag + ">", a));
    }

    /** libvirt's answer through the scratch libvirtd's qemu driver, or null when it is not reachable. */
    private static String realLibvirt() {
        Path sock = Path.of("/tmp/jvirt-libvirtd/libvirt-sock");
        if (!Files.exists(sock) || !Files.isExecutable(Path.of("/usr/bin/virsh"))) {
            return null;
        }
        try {
            Process p = new ProcessBuilder("virsh", "-c", "qemu+unix:///system?socket=" + sock, "domcapabilities", "--virttype", "qemu")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes());
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : null;
        } catch (Exception e) {
            return null;
        }
    }
}
