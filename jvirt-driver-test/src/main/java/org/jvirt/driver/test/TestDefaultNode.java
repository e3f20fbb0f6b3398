package org.jvirt.driver.test;

import java.util.List;
import java.util.UUID;
import org.jvirt.DomainState;
import org.jvirt.NodeInfo;
import org.jvirt.conf.domain.ClockDef;
import org.jvirt.conf.domain.DeviceAddress;
import org.jvirt.conf.domain.DevicesDef;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.FeaturesDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.conf.domain.LifecycleAction;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.conf.domain.OsDef;
import org.jvirt.conf.domain.VcpuDef;
import org.jvirt.conf.network.BridgeDef;
import org.jvirt.conf.network.DhcpRange;
import org.jvirt.conf.network.ForwardDef;
import org.jvirt.conf.network.ForwardMode;
import org.jvirt.conf.network.IpDef;
import org.jvirt.conf.network.NatDef;
import org.jvirt.conf.network.NetworkDef;

/**
 * What test:///default starts with (libvirt's defaultConnXML and default node info / NUMA cells).
 *
 * <p>Startup: the domain {@code test} and the network {@code default} are built directly as the records that
 * parsing {@link #XML} (with post-parse and validation) yields, so opening test:///default loads no XML parser
 * at all (the DOM, Xerces and the transformer used to be most of a cold {@code Connect.open}). DefaultNodeXmlTest
 * asserts that these records equal the parsed {@link #XML}, so the two cannot drift apart.
 */
final class TestDefaultNode {

    /** 3 GiB, 16 CPUs at 1400 MHz: 2 nodes x 2 sockets x 2 cores x 2 threads. */
    static final NodeInfo NODE_INFO = new NodeInfo("i686", 3L * 1024 * 1024, 16, 1400, 2, 2, 2, 2);

    /** libvirt's defaultConnXML: the source of truth the records below are checked against. */
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
        TestDriver driver = new TestDriver(NODE_INFO, defaultCells());
        driver.addDomain(domain(), DomainState.RUNNING.value(), false, false);
        driver.addNetwork(new TestNetworks.Net(network()));
        TestStorage.addNodePool(driver, defaultPool());
        driver.interfaces.addNode(TestInterfaces.defaultEth1());
        for (org.jvirt.conf.nodedev.NodeDeviceDef d : TestNodeDevices.defaults()) {
            driver.nodeDevices.addNode(d);
        }
        return driver;
    }

    /**
     * libvirt's default-pool, a dir pool at /default-pool, as a record: parsing {@link TestStorage#DEFAULT_POOL_XML}
     * at every open would load the JDK's XML parser into each one-shot jvirsh (DefaultNodeRecordsTest keeps the two equal).
     */
    static org.jvirt.conf.storage.StoragePoolDef defaultPool() {
        return new org.jvirt.conf.storage.StoragePoolDef(org.jvirt.conf.storage.StoragePoolType.DIR, "default-pool",
                java.util.UUID.fromString("dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566"), 0, 0, 0, null,
                org.jvirt.conf.storage.PoolSourceDef.EMPTY, "/default-pool", org.jvirt.conf.storage.StoragePerms.NONE, null);
    }

    /** Two cells of 8 CPUs: 2 GiB / 4 GiB of memory, 1 GiB / 2 GiB free. */
    static TestDriver.Cell[] defaultCells() {
        return new TestDriver.Cell[] {
            new TestDriver.Cell(2048L * 1024, 1024L * 1024, 8),
            new TestDriver.Cell(2L * 2048 * 1024, 2L * 1024 * 1024, 8),
        };
    }

    /** The domain of {@link #XML} after parse, the test driver's post-parse (ifname testnet0) and validation. */
    static DomainDef domain() {
        DiskDef disk = new DiskDef("file", "disk", null, null, "/guest/diskimage1", null, null, "vda", "virtio",
                null, false, false, false, null, 0, new DeviceAddress.Pci(0, 1, 0, 0, null));
        InterfaceDef nic = new InterfaceDef("network", "aa:bb:cc:dd:ee:ff", "default", null, null, null, null, null,
                null, null, null, "testnet0", null, null, null, null, 0, new DeviceAddress.Pci(0, 0, 1, 0, null));
        MemballoonDef balloon = new MemballoonDef("virtio", null, new DeviceAddress.Pci(0, 0, 2, 0, null));
        DevicesDef devices = new DevicesDef(null, List.of(disk), List.of(), List.of(nic), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(balloon),
                List.of());
        OsDef os = new OsDef("hvm", "i686", null, null, null, null, null, null, null, null, null, null, List.of(),
                List.of("hd"), null, null, null, null, null);
        return new DomainDef("test", "test", new UUID(0x6695eb01f6a48304L, 0x79aa97f2502e193fL), null, null, null,
                0, 0, 8388608, 2097152, new VcpuDef(2, 0, "static", null), null, null, null, os, FeaturesDef.NONE,
                null, ClockDef.UTC, LifecycleAction.DESTROY, LifecycleAction.RESTART, LifecycleAction.DESTROY,
                devices);
    }

    /** The network of {@link #XML} after parse and post-parse (forward mode nat, stp on, delay 0). */
    static NetworkDef network() {
        IpDef ip = new IpDef(null, "192.168.122.1", "255.255.255.0", 0, null, null,
                List.of(new DhcpRange("192.168.122.2", "192.168.122.254", null)), List.of(), null, null);
        return new NetworkDef("default", new UUID(0xdd8fe8846c02601eL, 0x7551cca97df1c5dfL), null, null,
                new ForwardDef(ForwardMode.NAT, List.of(), NatDef.NONE, false),
                new BridgeDef("virbr0", null, true, 0, null), 0, null, null, null, null, List.of(ip));
    }
}
