package org.jvirt.driver.test;

import org.jvirt.NodeInfo;

/** What test:///default starts with (libvirt's defaultConnXML and default node info / NUMA cells). */
final class TestDefaultNode {

    /** 3 GiB, 16 CPUs at 1400 MHz: 2 nodes x 2 sockets x 2 cores x 2 threads. */
    static final NodeInfo NODE_INFO = new NodeInfo("i686", 3L * 1024 * 1024, 16, 1400, 2, 2, 2, 2);

    static final String XML = """
            <node>
            <domain type='test'>
              <name>test</name>
              <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
              <memory>8388608</memory>
              <currentMemory>2097152</currentMemory>
              <vcpu>2</vcpu>
              <os>
                <type>hvm</type>
              </os>
              <devices>
                <disk type='file' device='disk'>
                  <source file='/guest/diskimage1'/>
                  <target dev='vda' bus='virtio'/>
                  <address type='pci' domain='0x0000' bus='0x01' slot='0x00' function='0x0'/>
                </disk>
                <interface type='network'>
                  <mac address='aa:bb:cc:dd:ee:ff'/>
                  <source network='default' bridge='virbr0'/>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x1' function='0x0'/>
                </interface>
                <memballoon model='virtio'>
                  <address type='pci' domain='0x0000' bus='0x00' slot='0x2' function='0x0'/>
                </memballoon>
              </devices>
            </domain>
            <network>
              <name>default</name>
              <uuid>dd8fe884-6c02-601e-7551-cca97df1c5df</uuid>
              <bridge name='virbr0'/>
              <forward/>
              <ip address='192.168.122.1' netmask='255.255.255.0'>
                <dhcp>
                  <range start='192.168.122.2' end='192.168.122.254'/>
                </dhcp>
              </ip>
            </network>
            </node>
            """;

    private TestDefaultNode() {
    }

    static TestDriver create() {
        // two cells of 8 CPUs: 2 GiB / 4 GiB of memory, 1 GiB / 2 GiB free
        TestDriver.Cell[] cells = {
            new TestDriver.Cell(2048L * 1024, 1024L * 1024, 8),
            new TestDriver.Cell(2L * 2048 * 1024, 2L * 1024 * 1024, 8),
        };
        return TestNodeFile.load(XML, null, "(test driver)", cells);
    }
}
