package org.jvirt.driver.test;

import static org.jvirt.driver.test.PythonOracle.t;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.NodeDevice;
import org.junit.jupiter.api.Test;

/**
 * The node device calls of test:///default, one sequence through real libvirt 9.0 (python3-libvirt) and through
 * jvirt, compared step by step: result, or (code, domain, message). Covers the default devices, capability
 * counts and filters, the vHBA create (parent by name, WWNs, fabric, any vport-capable HBA; the scsi_host11
 * copy), destroy's silent successes, and the calls the test driver lacks. Names are compared sorted (libvirt
 * lists in its hash table's order).
 */
class NodeDevicePythonDiffTest {

    static final String FC = "<capability type='scsi_host'><capability type='fc_host'><wwnn>2000000012345678</wwnn>"
            + "<wwpn>1000000012345678</wwpn></capability></capability>";
    static final String SYS = "<device><name>x</name><capability type='system'><hardware>"
            + "<uuid>11111111-2222-3333-4444-555555555555</uuid></hardware></capability></device>";

    static final String SCRIPT = PythonOracle.PRELUDE + """
            L = c.nodeDeviceLookupByName
            t(lambda: sorted(c.listDevices(None, 0)))
            t(lambda: c.numOfDevices(None, 0))
            t(lambda: sorted(c.listDevices('scsi_host', 0)))
            t(lambda: c.numOfDevices('fc_host', 0))
            t(lambda: c.numOfDevices('vports', 0))
            t(lambda: c.numOfDevices('bogus', 0))
            t(lambda: c.numOfDevices(None, 1))
            t(lambda: sorted(d.name() for d in c.listAllDevices(0)))
            t(lambda: sorted(d.name() for d in c.listAllDevices(1 << 9)))
            t(lambda: sorted(d.name() for d in c.listAllDevices((1 << 10) | 1)))
            t(lambda: c.listAllDevices(1 << 30))
            t(lambda: c.listAllDevices(1 << 31))
            t(lambda: L('scsi_host1').parent())
            t(lambda: L('computer').parent())
            t(lambda: L('computer').numOfCaps())
            t(lambda: L('scsi_host1').listCaps())
            t(lambda: L('scsi_host11').XMLDesc(0))
            t(lambda: L('computer').XMLDesc(1))
            t(lambda: L('nope'))
            t(lambda: c.nodeDeviceLookupSCSIHostByWWN('2000000012341234', '1000000012341234', 0))
            t(lambda: c.nodeDeviceCreateXML("@SYS@", 0))
            t(lambda: c.nodeDeviceCreateXML("<device><parent>nope</parent>@FC@</device>", 0))
            t(lambda: c.nodeDeviceCreateXML("<device><parent>scsi_host11</parent>@FC@</device>", 0))
            t(lambda: c.nodeDeviceCreateXML("<device><parent>computer</parent>@FC@</device>", 0))
            t(lambda: c.nodeDeviceCreateXML("<device>@FC@</device>", 0).name())
            t(lambda: c.nodeDeviceCreateXML("<device><parent wwnn='2000000056785678' wwpn='1000000056785678'/>@FC@</device>", 0).name())
            t(lambda: c.nodeDeviceCreateXML("<device><parent wwnn='1' wwpn='2'/>@FC@</device>", 0))
            t(lambda: c.nodeDeviceCreateXML("<device><parent fabric_wwn='2000000043214321'/>@FC@</device>", 0).name())
            t(lambda: c.nodeDeviceCreateXML("<device><parent fabric_wwn='1'/>@FC@</device>", 0))
            t(lambda: c.nodeDeviceCreateXML("<device><parent>scsi_host2</parent>@FC@</device>", 2))
            t(lambda: c.nodeDeviceCreateXML("<device><parent>scsi_host2</parent>@FC@</device>", 0).parent())
            t(lambda: L('scsi_host12').parent())
            t(lambda: L('scsi_host12').XMLDesc(0))
            t(lambda: c.numOfDevices('fc_host', 0))
            t(lambda: L('computer').destroy())
            t(lambda: L('computer').dettach())
            t(lambda: L('computer').detachFlags(None, 0))
            t(lambda: L('computer').reAttach())
            t(lambda: L('computer').reset())
            t(lambda: L('computer').isPersistent())
            t(lambda: L('computer').isActive())
            t(lambda: L('computer').autostart())
            t(lambda: L('computer').setAutostart(1))
            t(lambda: L('computer').undefine(0))
            t(lambda: L('computer').create(0))
            t(lambda: c.nodeDeviceDefineXML("<device/>", 0))
            t(lambda: L('scsi_host12').destroy())
            t(lambda: L('scsi_host11').destroy())
            t(lambda: L('scsi_host11'))
            t(lambda: c.nodeDeviceCreateXML("<device><parent>scsi_host2</parent>@FC@</device>", 0))
            t(lambda: sorted(c.listDevices(None, 0)))
            """;

    @Test
    void sameAsLibvirt() throws Exception {
        String script = SCRIPT.replace("@FC@", FC).replace("@SYS@", SYS);
        List<String> expected = PythonOracle.run(NodeDevicePythonDiffTest.class, script);
        List<String> a = new ArrayList<>();
        try (Connect c = Connect.open("test:///default")) {
            t(a, () -> list(c.nodeListDevices(null, 0).stream().sorted().toList()));
            t(a, () -> c.nodeNumOfDevices(null, 0));
            t(a, () -> list(c.nodeListDevices("scsi_host", 0).stream().sorted().toList()));
            t(a, () -> c.nodeNumOfDevices("fc_host", 0));
            t(a, () -> c.nodeNumOfDevices("vports", 0));
            t(a, () -> c.nodeNumOfDevices("bogus", 0));
            t(a, () -> c.nodeNumOfDevices(null, 1));
            t(a, () -> names(c.listAllNodeDevices(0)));
            t(a, () -> names(c.listAllNodeDevices(1 << 9)));
            t(a, () -> names(c.listAllNodeDevices((1 << 10) | 1)));
            t(a, () -> c.listAllNodeDevices(1 << 30));
            t(a, () -> c.listAllNodeDevices(1 << 31));
            t(a, () -> c.nodeDeviceLookupByName("scsi_host1").getParent());
            t(a, () -> c.nodeDeviceLookupByName("computer").getParent());
            t(a, () -> c.nodeDeviceLookupByName("computer").numOfCaps());
            t(a, () -> list(c.nodeDeviceLookupByName("scsi_host1").listCaps()));
            t(a, () -> c.nodeDeviceLookupByName("scsi_host11").getXMLDesc(0));
            t(a, () -> c.nodeDeviceLookupByName("computer").getXMLDesc(1));
            t(a, () -> c.nodeDeviceLookupByName("nope"));
            t(a, () -> c.nodeDeviceLookupSCSIHostByWWN("2000000012341234", "1000000012341234", 0));
            t(a, () -> c.nodeDeviceCreateXML(SYS, 0));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent>nope</parent>" + FC + "</device>", 0));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent>scsi_host11</parent>" + FC + "</device>", 0));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent>computer</parent>" + FC + "</device>", 0));
            t(a, () -> c.nodeDeviceCreateXML("<device>" + FC + "</device>", 0).getName());
            t(a, () -> c.nodeDeviceCreateXML("<device><parent wwnn='2000000056785678' wwpn='1000000056785678'/>" + FC
                    + "</device>", 0).getName());
            t(a, () -> c.nodeDeviceCreateXML("<device><parent wwnn='1' wwpn='2'/>" + FC + "</device>", 0));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent fabric_wwn='2000000043214321'/>" + FC + "</device>", 0)
                    .getName());
            t(a, () -> c.nodeDeviceCreateXML("<device><parent fabric_wwn='1'/>" + FC + "</device>", 0));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent>scsi_host2</parent>" + FC + "</device>", 2));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent>scsi_host2</parent>" + FC + "</device>", 0).getParent());
            t(a, () -> c.nodeDeviceLookupByName("scsi_host12").getParent());
            t(a, () -> c.nodeDeviceLookupByName("scsi_host12").getXMLDesc(0));
            t(a, () -> c.nodeNumOfDevices("fc_host", 0));
            NodeDevice computer = c.nodeDeviceLookupByName("computer");
            t(a, () -> { computer.destroy(); return 0; });
            t(a, () -> { computer.dettach(); return 0; });
            t(a, () -> { computer.detachFlags(null, 0); return 0; });
            t(a, () -> { computer.reAttach(); return 0; });
            t(a, () -> { computer.reset(); return 0; });
            t(a, () -> computer.isPersistent());
            t(a, () -> computer.isActive());
            t(a, () -> computer.getAutostart());
            t(a, () -> { computer.setAutostart(true); return 0; });
            t(a, () -> { computer.undefine(0); return 0; });
            t(a, () -> { computer.create(0); return 0; });
            t(a, () -> c.nodeDeviceDefineXML("<device/>", 0));
            t(a, () -> { c.nodeDeviceLookupByName("scsi_host12").destroy(); return 0; });
            t(a, () -> { c.nodeDeviceLookupByName("scsi_host11").destroy(); return 0; });
            t(a, () -> c.nodeDeviceLookupByName("scsi_host11"));
            t(a, () -> c.nodeDeviceCreateXML("<device><parent>scsi_host2</parent>" + FC + "</device>", 0));
            t(a, () -> list(c.nodeListDevices(null, 0).stream().sorted().toList()));
        }
        assertThat(String.join("\n", a).lines().toList()).containsExactlyElementsOf(expected);
    }

    private static String names(List<NodeDevice> devs) {
        return list(devs.stream().map(NodeDevice::getName).sorted().toList());
    }

    static String list(List<String> names) {
        return InterfacePythonDiffTest.list(names);
    }

}
