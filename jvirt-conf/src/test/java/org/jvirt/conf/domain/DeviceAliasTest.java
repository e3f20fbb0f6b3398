package org.jvirt.conf.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Aliases as virDomainDeviceInfoParseXML/Format treat them: a live (status) parse keeps every alias, an inactive
 * parse (define, attach-device) only user aliases; formatting writes whatever the definition holds, after
 * {@code <boot>} and before {@code <address>}. The define side is pinned by the aliases golden cases.
 */
class DeviceAliasTest {

    static final String LIVE = """
            <domain type='qemu'>
              <name>live</name>
              <uuid>6f1b2a9e-3c4d-4e5f-8a7b-1c2d3e4f5a60</uuid>
              <memory unit='KiB'>65536</memory>
              <os><type arch='x86_64'>hvm</type></os>
              <devices>
                <disk type='file' device='disk'><source file='/a.img'/><target dev='vda' bus='virtio'/><alias name='virtio-disk0'/><address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/></disk>
                <controller type='pci' index='0' model='pci-root'><alias name='pci.0'/></controller>
                <interface type='user'><mac address='52:54:00:11:22:33'/><model type='virtio'/><boot order='1'/><alias name='net0'/></interface>
                <serial type='pty'><target port='0'/><alias name='serial0'/></serial>
                <rng model='virtio'><backend model='random'>/dev/urandom</backend><alias name='rng0'/></rng>
                <memballoon model='virtio'><alias name='balloon0'/></memballoon>
              </devices>
            </domain>
            """;

    static DomainParseOptions live() {
        return DomainParseOptions.builder().osDefaults((os, virt) -> "x86_64").inactive(false).build();
    }

    @Test
    void statusParseKeepsEveryAlias() {
        DomainDef def = DomainXml.parse(LIVE, live());
        assertThat(def.devices().all().stream().map(DeviceDef::alias))
                .contains("virtio-disk0", "pci.0", "net0", "serial0", "rng0", "balloon0");
        String out = DomainXml.format(def, new DomainFormatOptions(1, false, false));
        assertThat(out).contains(
                "      <target dev='vda' bus='virtio'/>\n      <alias name='virtio-disk0'/>\n      <address type='pci'",
                "      <boot order='1'/>\n      <alias name='net0'/>\n    </interface>",
                "    <console type='pty'>\n      <target type='serial' port='0'/>\n      <alias name='serial0'/>\n",
                "      <backend model='random'>/dev/urandom</backend>\n      <alias name='rng0'/>\n");
        // VIR_DOMAIN_XML_INACTIVE does not hide aliases (libvirt 9.0 dumpxml --inactive of a transient guest)
        assertThat(DomainXml.format(def, DomainFormatOptions.INACTIVE)).contains("<alias name='net0'/>");
        assertThat(DomainXml.format(DomainXml.parse(out, live()), new DomainFormatOptions(1, false, false))).isEqualTo(out);
    }

    @Test
    void defineDropsDriverAliases() {
        DomainDef def = DomainXml.parse(LIVE, live().toBuilder().inactive(true).build());
        assertThat(def.devices().all().stream().map(DeviceDef::alias)).containsOnlyNulls();
    }

    @Test
    void lookupByAliasAndRename() {
        DomainDef def = DomainXml.parse(LIVE, live());
        assertThat(def.devices().byAlias("net0")).isInstanceOf(InterfaceDef.class);
        assertThat(def.devices().byAlias("nope")).isNull();
        OtherDeviceDef rng = (OtherDeviceDef) def.devices().byAlias("rng0");
        assertThat(rng.withAlias(null).alias()).isNull();
        assertThat(rng.withAlias(null).withAlias("ua-r").alias()).isEqualTo("ua-r");
        assertThat(DomainXml.formatDevice(((DiskDef) def.devices().byAlias("virtio-disk0")).withAlias("virtio-disk7"),
                DomainFormatOptions.INACTIVE)).contains("<alias name='virtio-disk7'/>");
    }
}
