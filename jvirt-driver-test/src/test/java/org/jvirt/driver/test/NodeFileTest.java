package org.jvirt.driver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NodeFileTest {

    @Test
    void runstatesTransientManagedSaveAndFileRefs(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dom.xml"),
                "<domain type='test'><name>f</name><memory>1024</memory><os><type>hvm</type></os></domain>");
        Path node = dir.resolve("node.xml");
        Files.writeString(node, """
                <node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'><cpu><nodes>1</nodes><sockets>1</sockets>
                <cores>2</cores><threads>1</threads><active>1</active><mhz>2000</mhz><model>x86_64</model></cpu><memory>4096</memory>
                <domain type='test'><name>a</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate></domain>
                <domain type='test'><name>b</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>3</test:runstate><test:transient/></domain>
                <domain type='test'><name>c</name><memory>1024</memory><os><type>hvm</type></os></domain>
                <domain type='test'><name>e</name><memory>1024</memory><os><type>hvm</type></os><test:runstate>5</test:runstate><test:hasmanagedsave/></domain>
                <domain file='dom.xml'/>
                </node>""");
        try (Connect c = Connect.open("test://" + node)) {
            assertThat(c.nodeGetInfo().cpus()).isEqualTo(1);
            assertThat(c.nodeGetInfo().model()).isEqualTo("x86_64");
            assertThat(c.nodeGetInfo().memory()).isEqualTo(4096);
            assertThat(c.domainLookupByName("a").getID()).isEqualTo(-1);
            assertThat(c.domainLookupByName("b").getID()).isEqualTo(1);
            assertThat(c.domainLookupByName("b").getState(0).state()).isEqualTo(DomainState.PAUSED);
            assertThat(c.domainLookupByName("b").isPersistent()).isFalse();
            assertThat(c.domainLookupByName("c").getID()).isEqualTo(2);
            assertThat(c.domainLookupByName("f").getID()).isEqualTo(3);
            assertThat(c.domainLookupByName("e").hasManagedSaveImage(0)).isTrue();
            assertThat(c.domainLookupByName("c").getVcpuInfo().get(0).cpu()).isEqualTo(1);
            assertThat(c.nodeGetFreeMemory()).isZero();
        }
    }

    @Test
    void tenThousandDomainsLoadAndListFast(@TempDir Path dir) throws Exception {
        Path node = dir.resolve("n10k.xml");
        NodeFileGenerator.write(node, 10_000);
        long t0 = System.nanoTime();
        try (Connect c = Connect.open("test://" + node)) {
            List<Domain> all = c.listAllDomains(0);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("10k node file: open + listAllDomains = " + ms + " ms");
            assertThat(all).hasSize(10_000);
            assertThat(c.listAllDomains(1)).hasSize(6_666);
            assertThat(c.domainLookupByName("dom9998").getID()).isPositive();
        }
    }

    /** Big files are parsed in parallel; ids and the error reported must still be those of a one-by-one load. */
    @Test
    void bigFilesKeepDocumentOrderForIdsAndErrors(@TempDir Path dir) throws Exception {
        StringBuilder ok = new StringBuilder("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>");
        StringBuilder bad = new StringBuilder(ok);
        for (int i = 0; i < 600; i++) {
            String dom = "<domain type='test'><name>d" + i + "</name><memory>1024</memory><os><type>hvm</type></os>";
            ok.append(dom).append("</domain>");
            if (i == 100) {
                bad.append(dom).append("<test:runstate>42</test:runstate></domain>");
            } else if (i == 400) {
                bad.append("<domain type='test'><memory>1024</memory><os><type>hvm</type></os></domain>");
            } else {
                bad.append(dom).append("</domain>");
            }
        }
        Path good = dir.resolve("ok.xml");
        Files.writeString(good, ok.append("</node>"));
        try (Connect c = Connect.open("test://" + good)) {
            for (int i = 0; i < 600; i += 37) {
                assertThat(c.domainLookupByName("d" + i).getID()).isEqualTo(i + 1);
            }
        }
        Path broken = dir.resolve("bad.xml");
        Files.writeString(broken, bad.append("</node>"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Connect.open("test://" + broken))
                .hasMessage("XML error: runstate '42' out of range'");
    }
}
