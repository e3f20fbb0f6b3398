package org.jvirt.conf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** vcpupin --config's change to a definition, formatted as libvirt formats <cputune>. */
class VcpuPinsTest {

    private static final String XML = """
            <domain type='test'><name>p</name><memory>1024</memory><os><type>hvm</type></os><vcpu>3</vcpu>
            <cputune><shares>10</shares><vcpupin vcpu='2' cpuset='3'/><emulatorpin cpuset='1'/></cputune></domain>""";

    private static DomainDef parse(String xml) {
        return DomainXml.parse(xml, DomainParseOptions.testDriver());
    }

    @Test
    void addsAndReplacesPinsInLibvirtsOrder() {
        DomainDef d = parse(XML);
        BitSet b = new BitSet();
        b.set(0, 2);
        b.set(3);
        DomainDef d2 = VcpuPins.with(VcpuPins.with(d, 0, b), 2, VcpuPins.parse("1"));
        String out = DomainXml.format(d2, new DomainFormatOptions(-1, true, true));
        assertThat(out).contains("""
                  <cputune>
                    <shares>10</shares>
                    <vcpupin vcpu='0' cpuset='0-1,3'/>
                    <vcpupin vcpu='2' cpuset='1'/>
                    <emulatorpin cpuset='1'/>
                  </cputune>
                """);
        assertThat(VcpuPins.of(d2)).containsOnlyKeys(0, 2);
        assertThat(VcpuPins.of(parse(out)).get(0)).isEqualTo(b);
    }

    @Test
    void firstPinCreatesCputune() {
        DomainDef d = parse(XML.replaceAll("<cputune>.*</cputune>", ""));
        assertThat(VcpuPins.of(d)).isEmpty();
        String out = DomainXml.format(VcpuPins.with(d, 1, VcpuPins.parse("0-2,^1")), new DomainFormatOptions(-1, true, true));
        assertThat(out).contains("  <cputune>\n    <vcpupin vcpu='1' cpuset='0,2'/>\n  </cputune>\n");
    }
}
