package org.jvirt.driver.qemu.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DeviceDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.domain.InterfaceDef;
import org.junit.jupiter.api.Test;

/**
 * The names and addresses the driver writes into the live definition are the ids of the argv (so a definition
 * with its aliases assigned builds the same argv), and hotplug sends QEMU the command line's properties.
 */
class QemuAliasesTest {

    @Test
    void aliasesAreTheArgvIds() throws IOException {
        DomainDef def = QemuXml2ArgvTest.parse("seed-qemu-fedora");
        DomainDef named = QemuAliases.assign(def);
        assertThat(named.devices().all().stream().map(DeviceDef::alias).filter(a -> a != null).toList())
                .containsExactlyInAnyOrder("ide0-0-0", "ide0-1-0", "usb", "ide", "net0", "video0", "balloon0");
        assertThat(named.devices().interfaces().getFirst().address()).isEqualTo(new DeviceAddress.Pci(0, 0, 3, 0, null));
        assertThat(named.devices().controllers().stream().filter(c -> c.type().equals("usb")).findFirst().orElseThrow()
                .address()).isEqualTo(new DeviceAddress.Pci(0, 0, 1, 2, null));
        // the argv of the named definition is the golden one: the ids were read back from the aliases
        assertThat(QemuCommandBuilder.build(named, QemuXml2ArgvTest.CAPS, QemuXml2ArgvTest.monitor(named)))
                .isEqualTo(QemuXml2ArgvTest.argv("seed-qemu-fedora"));
        // assigning again changes nothing; user aliases are kept and become QEMU's ids
        assertThat(QemuAliases.assign(named)).isEqualTo(named);
        DomainDef user = def.withDevices(def.devices().withInterfaces(
                List.of(def.devices().interfaces().getFirst().withAlias("ua-nic"))));
        assertThat(QemuCommandBuilder.build(QemuAliases.assign(user), QemuXml2ArgvTest.CAPS, QemuXml2ArgvTest.monitor(user)))
                .anyMatch(a -> a.contains("\"id\":\"hostua-nic\"")).anyMatch(a -> a.contains("\"id\":\"ua-nic\""));
    }

    @Test
    void hotplugPropsAndNames() throws IOException {
        DomainDef live = QemuAliases.assign(QemuXml2ArgvTest.parse("seed-qemu-fedora"));
        assertThat(HotplugProps.nextPciSlot(live)).isEqualTo(new DeviceAddress.Pci(0, 0, 5, 0, null));
        DiskDef vdb = ((DiskDef) DomainXml.parseDevice("<disk type='file' device='disk'><source file='/i/b.img'/>"
                + "<target dev='vdb' bus='virtio'/></disk>", live, QemuXml2ArgvTest.parseOptions()))
                .withAddress(HotplugProps.nextPciSlot(live)).withAlias("virtio-disk1");
        assertThat(HotplugProps.disk(vdb, 3).stream().map(QemuOptions::json).toList()).containsExactly(
                "{\"driver\":\"file\",\"filename\":\"/i/b.img\",\"node-name\":\"libvirt-3-storage\",\"auto-read-only\":true,\"discard\":\"unmap\"}",
                "{\"node-name\":\"libvirt-3-format\",\"read-only\":false,\"driver\":\"raw\",\"file\":\"libvirt-3-storage\"}",
                "{\"driver\":\"virtio-blk-pci\",\"bus\":\"pci.0\",\"addr\":\"0x5\",\"drive\":\"libvirt-3-format\",\"id\":\"virtio-disk1\"}");
        InterfaceDef nic = live.devices().interfaces().getFirst().withAlias(QemuAliases.next("net", live.devices().interfaces()))
                .withAddress(new DeviceAddress.Pci(0, 0, 6, 0, null));
        assertThat(HotplugProps.net(nic).stream().map(QemuOptions::json).toList()).containsExactly(
                "{\"type\":\"user\",\"id\":\"hostnet1\"}",
                "{\"driver\":\"rtl8139\",\"netdev\":\"hostnet1\",\"id\":\"net1\",\"mac\":\"24:42:53:21:52:45\",\"bus\":\"pci.0\",\"addr\":\"0x6\"}");
    }
}
