package org.jvirt.conf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Behaviour that golden files cannot pin down: generated values, device parsing, SECURE, runtime id. */
class DomainXmlApiTest {

    static final String XML = """
            <domain type='test'>
              <name>gen</name>
              <memory unit='MiB'>64</memory>
              <os><type>hvm</type></os>
              <devices>
                <interface type='user'/>
                <graphics type='vnc' port='5901' passwd='pw'/>
                <serial type='pty'><source path='/dev/pts/9'/></serial>
              </devices>
            </domain>
            """;

    @Test
    void generatesUuidAndMac() {
        DomainDef def = DomainXml.parse(XML, DomainParseOptions.testDriver());
        assertThat(def.uuid()).isNotNull();
        assertThat(def.devices().interfaces().getFirst().mac()).matches("52:54:00:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}");
        assertThat(def.devices().interfaces().getFirst().ifname()).isEqualTo("testnet0");
    }

    @Test
    void deterministicGenerators() {
        UUID u = UUID.fromString("00000000-0000-0000-0000-000000000001");
        DomainParseOptions o = DomainParseOptions.testDriver().toBuilder().uuidGenerator(() -> u)
                .macGenerator(() -> "52:54:00:00:00:01").build();
        DomainDef def = DomainXml.parse(XML, o);
        assertThat(def.uuid()).isEqualTo(u);
        assertThat(def.devices().interfaces().getFirst().mac()).isEqualTo("52:54:00:00:00:01");
    }

    @Test
    void secureAndRuntimeId() {
        DomainDef def = DomainXml.parse(XML, DomainParseOptions.testDriver());
        String live = DomainXml.format(def, new DomainFormatOptions(3, false, true));
        assertThat(live).startsWith("<domain type='test' id='3'>\n").contains("passwd='pw'");
        assertThat(DomainXml.format(def, DomainFormatOptions.INACTIVE)).doesNotContain("passwd").doesNotContain("id=");
    }

    @Test
    void attachAndDetachDevice() {
        DomainDef def = DomainXml.parse(XML, DomainParseOptions.testDriver());
        DeviceDef disk = DomainXml.parseDevice("<disk type='file' device='disk'><source file='/a.img'/>"
                + "<target dev='hdb'/></disk>", def, DomainParseOptions.testDriver());
        assertThat(disk).isInstanceOf(DiskDef.class);
        assertThat(((DiskDef) disk).targetBus()).isEqualTo("ide");
        DomainDef attached = def.withDevice(disk);
        assertThat(attached.devices().disks()).containsExactly((DiskDef) disk);
        assertThat(attached.withoutDevice(disk).devices().disks()).isEmpty();
        assertThat(DomainXml.formatDevice(disk, DomainFormatOptions.INACTIVE)).isEqualTo("""
                <disk type='file' device='disk'>
                  <source file='/a.img'/>
                  <target dev='hdb' bus='ide'/>
                  <address type='drive' controller='0' bus='0' target='0' unit='1'/>
                </disk>
                """);
    }

    @Test
    void setmemAndSetvcpus() {
        DomainDef def = DomainXml.parse(XML, DomainParseOptions.testDriver());
        assertThat(def.memoryKiB()).isEqualTo(65536);
        DomainDef smaller = def.withCurrentMemory(32768).withVcpu(def.vcpu().withMax(4).withCurrent(2));
        String out = DomainXml.format(smaller, DomainFormatOptions.INACTIVE);
        assertThat(out).contains("<currentMemory unit='KiB'>32768</currentMemory>")
                .contains("<vcpu placement='static' current='2'>4</vcpu>");
    }
}
