package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jvirt.driver.remote.OracleSteps.i;

import java.util.List;
import java.util.UUID;
import org.jvirt.Connect;
import org.jvirt.Interface;
import org.jvirt.NodeDevice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Host interfaces and node devices through the remote driver against a real libvirtd 9.0, compared step for
 * step with python3-libvirt on the same daemon. Only objects named after one unique name are made (and removed);
 * the default devices are only read: test:///default inside libvirtd is shared with other suites.
 */
class RemoteIfaceNodeDevIT {

    private static String socket;

    private final String u = "jvirt-in-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void daemon() throws Exception {
        socket = LibvirtdScratch.socket();
        LibvirtdScratch.requirePython();
    }

    private static Object ok(Runnable r) {
        r.run();
        return 0;
    }

    @Test
    void interfacesAsLibvirtsOwnClientSeesThem() throws Exception {
        String xml = "<interface type='ethernet' name='" + u + "'><mac address='52:54:00:12:34:56'/></interface>";
        String q = OracleSteps.pyString(u);
        String i = "c.interfaceLookupByName(" + q + ")";
        OracleSteps<Connect> steps = new OracleSteps<Connect>()
                .step("eth1", "c.interfaceLookupByName('eth1').MACString()", c -> c.interfaceLookupByName("eth1").getMACString())
                .step("byMac", "c.interfaceLookupByMACString('AA:BB:CC:DD:EE:FF').name()",
                        c -> c.interfaceLookupByMACString("AA:BB:CC:DD:EE:FF").getName())
                .step("xml", "c.interfaceLookupByName('eth1').XMLDesc(0)", c -> c.interfaceLookupByName("eth1").getXMLDesc(0))
                .step("xmlInactive", "c.interfaceLookupByName('eth1').XMLDesc(1)",
                        c -> c.interfaceLookupByName("eth1").getXMLDesc(1))
                .step("missing", "c.interfaceLookupByName(" + q + ")", c -> c.interfaceLookupByName(u))
                .step("define", "c.interfaceDefineXML(" + OracleSteps.pyString(xml) + ", 0).name()",
                        c -> c.interfaceDefineXML(xml, 0).getName())
                .step("badXml", "c.interfaceDefineXML('<interface/>', 0)", c -> c.interfaceDefineXML("<interface/>", 0))
                .step("inactive", i + ".isActive()", c -> i(c.interfaceLookupByName(u).isActive()))
                .step("defined", "" + q + " in c.listDefinedInterfaces()", c -> c.listDefinedInterfaces().contains(u))
                .step("start", i + ".create(0)", c -> ok(() -> c.interfaceLookupByName(u).create(0)))
                .step("startAgain", i + ".create(0)", c -> ok(() -> c.interfaceLookupByName(u).create(0)))
                .step("active", q + " in [x.name() for x in c.listAllInterfaces(2)]",
                        c -> c.listAllInterfaces(2).stream().map(Interface::getName).toList().contains(u))
                .step("stop", i + ".destroy(0)", c -> ok(() -> c.interfaceLookupByName(u).destroy(0)))
                .step("commitNone", "c.changeCommit(0)", c -> ok(() -> c.interfaceChangeCommit(0)))
                .step("undefine", i + ".undefine()", c -> ok(() -> c.interfaceLookupByName(u).undefine()))
                .step("gone", i, c -> c.interfaceLookupByName(u));
        run(steps);
    }

    @Test
    void nodeDevicesAsLibvirtsOwnClientSeesThem() throws Exception {
        OracleSteps<Connect> steps = new OracleSteps<Connect>()
                .step("num", "c.numOfDevices(None, 0) >= 4", c -> c.nodeNumOfDevices(null, 0) >= 4)
                .step("system", "c.listDevices('system', 0)", c -> c.nodeListDevices("system", 0))
                .step("vports", "sorted(x.name() for x in c.listAllDevices(1 << 10))",
                        c -> RemoteLibvirtdIT.sorted(c.listAllNodeDevices(1 << 10).stream().map(NodeDevice::getName).toList()))
                .step("active", "c.listAllDevices(1 << 31)", c -> c.listAllNodeDevices(1 << 31))
                .step("parent", "c.nodeDeviceLookupByName('scsi_host11').parent()",
                        c -> c.nodeDeviceLookupByName("scsi_host11").getParent())
                .step("noParent", "c.nodeDeviceLookupByName('computer').parent()",
                        c -> c.nodeDeviceLookupByName("computer").getParent())
                .step("caps", "c.nodeDeviceLookupByName('scsi_host2').listCaps()",
                        c -> c.nodeDeviceLookupByName("scsi_host2").listCaps())
                .step("numCaps", "c.nodeDeviceLookupByName('scsi_host2').numOfCaps()",
                        c -> c.nodeDeviceLookupByName("scsi_host2").numOfCaps())
                .step("xml", "c.nodeDeviceLookupByName('scsi_host2').XMLDesc(0)",
                        c -> c.nodeDeviceLookupByName("scsi_host2").getXMLDesc(0))
                .step("missing", "c.nodeDeviceLookupByName('nope')", c -> c.nodeDeviceLookupByName("nope"))
                .step("byWwn", "c.nodeDeviceLookupSCSIHostByWWN('2000000012341234', '1000000012341234', 0)",
                        c -> c.nodeDeviceLookupSCSIHostByWWN("2000000012341234", "1000000012341234", 0))
                .step("notFc", "c.nodeDeviceCreateXML(\"<device><capability type='system'><hardware>"
                        + "<uuid>11111111-2222-3333-4444-555555555555</uuid></hardware></capability></device>\", 0)",
                        c -> c.nodeDeviceCreateXML("<device><capability type='system'><hardware>"
                                + "<uuid>11111111-2222-3333-4444-555555555555</uuid></hardware></capability></device>", 0))
                .step("detach", "c.nodeDeviceLookupByName('computer').dettach()",
                        c -> ok(() -> c.nodeDeviceLookupByName("computer").dettach()))
                .step("detachFlags", "c.nodeDeviceLookupByName('computer').detachFlags('vfio', 0)",
                        c -> ok(() -> c.nodeDeviceLookupByName("computer").detachFlags("vfio", 0)))
                .step("reset", "c.nodeDeviceLookupByName('computer').reset()",
                        c -> ok(() -> c.nodeDeviceLookupByName("computer").reset()))
                .step("isActive", "c.nodeDeviceLookupByName('computer').isActive()",
                        c -> i(c.nodeDeviceLookupByName("computer").isActive()))
                .step("define", "c.nodeDeviceDefineXML('<device/>', 0)", c -> c.nodeDeviceDefineXML("<device/>", 0))
                .step("destroyComputer", "c.nodeDeviceLookupByName('computer').destroy()",
                        c -> ok(() -> c.nodeDeviceLookupByName("computer").destroy()));
        run(steps);
    }

    /** A vHBA made and destroyed through libvirtd: its lifecycle events reach the remote driver's callback. */
    @Test
    void nodeDeviceEventsArrive() throws Exception {
        String vhba = "<device><parent>scsi_host2</parent><capability type='scsi_host'><capability type='fc_host'>"
                + "<wwnn>2000000099998888</wwnn><wwpn>1000000099998888</wwpn></capability></capability></device>";
        java.util.concurrent.BlockingQueue<String> seen = new java.util.concurrent.LinkedBlockingQueue<>();
        try (Connect c = Connect.open(RemoteLibvirtdIT.uri(socket))) {
            int id = c.nodeDeviceEventRegisterAny(null, 0, (dev, eventId, event, detail) -> seen.add(dev.getName() + " " + event));
            c.nodeDeviceCreateXML(vhba, 0);
            c.nodeDeviceLookupByName("scsi_host12").destroy();
            // other suites may make vHBAs on the shared daemon too: look for this pair in order
            assertThat(seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("scsi_host12 0");
            assertThat(seen.poll(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("scsi_host12 1");
            c.nodeDeviceEventDeregisterAny(id);
        }
    }

    private static void run(OracleSteps<Connect> steps) throws Exception {
        String uri = RemoteLibvirtdIT.uri(socket);
        List<String> expected = LibvirtdScratch.python(steps.python("c = libvirt.open(" + OracleSteps.pyString(uri) + ")\n"));
        List<String> actual;
        try (Connect c = Connect.open(uri)) {
            actual = steps.java(c);
        }
        assertThat(actual).as(() -> RemoteLibvirtdIT.differences(expected, actual)).containsExactlyElementsOf(expected);
    }
}
