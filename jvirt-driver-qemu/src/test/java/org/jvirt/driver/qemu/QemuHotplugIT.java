package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.time.Duration;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Aliases in the live XML and hotplug on one real guest (TCG): the ids the argv gave QEMU are the live XML's
 * aliases (as libvirt 9.0 shows them for the same XML), a virtio disk and a NIC plugged into the running guest
 * show up inside it (/proc/partitions, /sys/class/net on its serial console) and vanish again on detach, with
 * the new aliases and PCI slots in the live XML; a failed hotplug leaves nothing behind; --config changes only
 * the persistent definition; update-device changes a cdrom's medium.
 */
class QemuHotplugIT {

    @RegisterExtension
    final QemuDriverFixture fx = QemuDriverFixture.perTest();

    private Path image(String name) throws Exception {
        Path p = fx.root.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(8 << 20);
        }
        return p;
    }

    private String xml(Path vda) {
        return fx.ptyXml("hp").replace("<memballoon model='none'/>", ("      <disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='%s'/><target dev='vda' bus='virtio'/></disk>\n      <disk type='file' device='cdrom'><driver name='qemu' type='raw'/><target dev='hdc' bus='ide'/><readonly/></disk>\n      <interface type='user'><mac address='52:54:00:11:22:33'/><model type='virtio'/></interface>\n"
                + "      <graphics type='vnc' autoport='yes'/>\n      <memballoon model='virtio'/>").formatted(vda));
    }

    private static void assertError(Runnable r, ErrorCode code, ErrorDomain domain, String message) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.getMessage()).isEqualTo(message);
            assertThat(e.error().code()).isEqualTo(code);
            assertThat(e.error().domain()).isEqualTo(domain);
        });
    }

    @Test
    @Timeout(600)
    void aliasesAndHotplug() throws Exception {
        Path vda = image("vda.img");
        Path vdb = image("vdb.img");
        try (Connect c = Connect.open(fx.uri())) {
            Domain d = c.domainDefineXML(xml(vda), 0);
            assertThat(d.getXMLDesc(0)).doesNotContain("<alias");
            d.create();
            String live = d.getXMLDesc(0);
            // what libvirtd 9.0 shows for the same devices (its live XML of this guest): the implicit controllers
            // and inputs, the video card in slot 2, the NIC 3, the disk 4, the balloon 5, hotplugged devices take 6
            assertThat(live).contains(
                    "    <controller type='usb' index='0' model='piix3-uhci'>\n" +
                    "      <alias name='usb'/>\n" +
                    "      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x2'/>\n" +
                    "    </controller>\n" +
                    "    <controller type='pci' index='0' model='pci-root'>\n" +
                    "      <alias name='pci.0'/>\n" +
                    "    </controller>\n" +
                    "    <controller type='ide' index='0'>\n" +
                    "      <alias name='ide'/>\n" +
                    "      <address type='pci' domain='0x0000' bus='0x00' slot='0x01' function='0x1'/>\n" +
                    "    </controller>\n",
                    "    <input type='mouse' bus='ps2'>\n" +
                    "      <alias name='input0'/>\n" +
                    "    </input>\n" +
                    "    <input type='keyboard' bus='ps2'>\n" +
                    "      <alias name='input1'/>\n" +
                    "    </input>\n");
            java.util.regex.Matcher vnc = java.util.regex.Pattern.compile(
                    "<graphics type='vnc' port='(59\\d\\d)' autoport='yes' listen='127.0.0.1'>\n"
                            + "      <listen type='address' address='127.0.0.1'/>").matcher(live);
            assertThat(vnc.find()).as("autoport VNC port in the live XML:\n" + live).isTrue();
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", Integer.parseInt(vnc.group(1)))) {
                assertThat(new String(s.getInputStream().readNBytes(4))).as("QEMU's VNC server").isEqualTo("RFB ");
            }
            assertThat(live).contains("      <alias name='video0'/>\n"
                    + "      <address type='pci' domain='0x0000' bus='0x00' slot='0x02' function='0x0'/>");
            assertThat(d.getXMLDesc(2)).contains("<graphics type='vnc' port='-1' autoport='yes'>");
            assertThat(live).contains("      <target dev='vda' bus='virtio'/>\n      <alias name='virtio-disk0'/>\n      <address type='pci' domain='0x0000' bus='0x00' slot='0x04' function='0x0'/>\n    </disk>", "      <readonly/>\n      <alias name='ide0-1-0'/>\n      <address type='drive' controller='0' bus='1' target='0' unit='0'/>", "      <model type='virtio'/>\n      <alias name='net0'/>\n      <address type='pci' domain='0x0000' bus='0x00' slot='0x03' function='0x0'/>", "      <alias name='serial0'/>\n    </serial>", "      <target type='serial' port='0'/>\n      <alias name='serial0'/>\n    </console>", "    <memballoon model='virtio'>\n      <alias name='balloon0'/>\n      <address type='pci' domain='0x0000' bus='0x00' slot='0x05' function='0x0'/>");
            assertThat(d.getXMLDesc(2)).as("the persistent definition has no run-time names").doesNotContain("<alias");

            try (PtyConsole con = new PtyConsole(QemuSaveRestoreIT.tty(d))) {
                assertThat(con.run("echo vd=$(grep -c vd /proc/partitions)x", "vd=1x", Duration.ofSeconds(120)))
                        .as("guest shell sees vda: " + con.seen()).isTrue();

                // a format QEMU refuses on the raw image: the storage node added first is deleted again
                String bad = "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='" + vdb
                        + "'/><target dev='vdb' bus='virtio'/></disk>";
                assertThatThrownBy(() -> d.attachDevice(bad, 1)).isInstanceOf(VirtException.class)
                        .hasMessageContaining("blockdev-add");
                assertThat(d.getXMLDesc(0)).isEqualTo(live);

                String disk = "<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='" + vdb
                        + "'/><target dev='vdb' bus='virtio'/></disk>";
                long t0 = System.nanoTime();
                d.attachDevice(disk, 1);
                System.out.printf("hotplug: attach-device (virtio disk) %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                assertThat(d.getXMLDesc(0)).contains("      <target dev='vdb' bus='virtio'/>\n      <alias name='virtio-disk1'/>\n      <address type='pci' domain='0x0000' bus='0x00' slot='0x06' function='0x0'/>");
                assertThat(con.run("echo vd=$(grep -c vdb /proc/partitions)y", "vd=1y", Duration.ofSeconds(60)))
                        .as("the guest sees the hotplugged vdb: " + con.seen()).isTrue();
                // the status file a later process reconnects from has the new device and its name
                assertThat(java.nio.file.Files.readString(fx.root.resolve("run/qemu/hp.xml")))
                        .contains("<target dev='vdb' bus='virtio'/>\n        <alias name='virtio-disk1'/>");
                assertError(() -> d.attachDevice(disk, 1), ErrorCode.XML_ERROR, ErrorDomain.DOMAIN,
                        "XML error: target 'vdb' duplicated for disk sources '" + vdb + "' and '" + vdb + "'");

                t0 = System.nanoTime();
                d.detachDevice(disk, 1);
                System.out.printf("hotplug: detach-device (virtio disk, guest releases it) %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                assertThat(d.getXMLDesc(0)).doesNotContain("vdb").doesNotContain("virtio-disk1");
                assertThat(con.run("echo vd=$(grep -c vdb /proc/partitions)z", "vd=0z", Duration.ofSeconds(60)))
                        .as("vdb is gone from the guest: " + con.seen()).isTrue();
                // its nodes went too: the same image plugs again under the same names
                d.attachDevice(disk, 1);
                assertThat(d.getXMLDesc(0)).contains("<alias name='virtio-disk1'/>");
                d.detachDeviceAlias("virtio-disk1", 0);
                assertThat(d.getXMLDesc(0)).doesNotContain("vdb");
                assertError(() -> d.detachDevice(disk, 1), ErrorCode.DEVICE_MISSING, ErrorDomain.QEMU,
                        "device not found: disk vdb not found");

                // a NIC: net1 on the next free slot (libvirt's choice too), eth1 in the guest
                String nic = "<interface type='user'><mac address='52:54:00:aa:bb:cc'/><model type='virtio'/></interface>";
                d.attachDevice(nic, 0);
                assertThat(d.getXMLDesc(0)).contains("      <mac address='52:54:00:aa:bb:cc'/>\n      <model type='virtio'/>\n      <alias name='net1'/>\n      <address type='pci' domain='0x0000' bus='0x00' slot='0x06' function='0x0'/>");
                assertThat(con.run("echo n=$(ls /sys/class/net | grep -c eth)a", "n=2a", Duration.ofSeconds(60)))
                        .as("the guest sees a second NIC: " + con.seen()).isTrue();
                d.detachDeviceAlias("net1", 1);
                assertThat(d.getXMLDesc(0)).doesNotContain("net1");
                assertThat(con.run("echo n=$(ls /sys/class/net | grep -c eth)b", "n=1b", Duration.ofSeconds(60)))
                        .as(con.seen()).isTrue();
                assertError(() -> d.detachDevice(nic, 1), ErrorCode.DEVICE_MISSING, ErrorDomain.DOMAIN,
                        "device not found: no device found at address '(<null>)' matching MAC address "
                                + "'52:54:00:aa:bb:cc' and alias '(<null>)'");
                assertError(() -> d.detachDeviceAlias("nosuch", 0), ErrorCode.INTERNAL_ERROR, ErrorDomain.DOMAIN,
                        "internal error: no device found with alias nosuch");
            }

            // --config only: the persistent definition (and its file) change, the guest does not
            String vdc = "<disk type='file' device='disk'><source file='" + vdb + "'/><target dev='vdc' bus='virtio'/></disk>";
            d.attachDevice(vdc, 2);
            assertThat(d.getXMLDesc(2)).contains("<target dev='vdc' bus='virtio'/>");
            assertThat(d.getXMLDesc(0)).doesNotContain("vdc");
            assertThat(java.nio.file.Files.readString(fx.root.resolve("etc/qemu/hp.xml"))).contains("vdc");
            assertError(() -> d.attachDevice(vdc, 2), ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                    "Requested operation is not valid: target vdc already exists.");
            d.detachDevice(vdc, 2);
            assertThat(d.getXMLDesc(2)).doesNotContain("vdc");
            assertError(() -> d.attachDevice(vdc, 8), ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    "unsupported flags (0x8) in function qemuDomainAttachDeviceLiveAndConfig");

            // update-device: a medium into the empty cdrom, then ejected
            d.updateDevice("<disk type='file' device='cdrom'><source file='" + vdb + "'/><target dev='hdc' bus='ide'/><readonly/></disk>", 1);
            assertThat(d.getXMLDesc(0)).contains("<source file='" + vdb + "'/>\n      <target dev='hdc' bus='ide'/>");
            d.updateDevice("<disk type='file' device='cdrom'><target dev='hdc' bus='ide'/><readonly/></disk>", 1);
            assertThat(d.getXMLDesc(0)).doesNotContain("<source file='" + vdb + "'/>");
            d.updateDevice("<disk type='file' device='cdrom'><source file='" + vdb + "'/><target dev='hdc' bus='ide'/><readonly/></disk>", 2);
            assertThat(d.getXMLDesc(2)).contains("<source file='" + vdb + "'/>\n      <target dev='hdc' bus='ide'/>");
            assertThat(d.getXMLDesc(0)).doesNotContain("<source file='" + vdb + "'/>");
            assertError(() -> d.updateDevice("<disk type='file' device='disk'><source file='" + vdb
                    + "'/><target dev='vda' bus='virtio'/></disk>", 1), ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.QEMU,
                    "unsupported configuration: disk source can be changed only in removable drives");
            d.destroy();
        }
    }
}
