package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.conf.nodedev.NodeDevCap;
import org.jvirt.conf.nodedev.NodeDeviceDef;

/** The node devices of one test driver (libvirt's virNodeDeviceObjList), by name in the order they came. */
final class TestNodeDevices {

    final ReentrantLock lock = new ReentrantLock();
    final Map<String, NodeDeviceDef> byName = new LinkedHashMap<>();

    /** libvirt's defaultConnXML devices, the source of truth for {@link #defaults()} (TestNodeDevicesTest). */
    static final String DEFAULT_XML = """
            <node>
            <device>
              <name>computer</name>
              <capability type='system'>
                <hardware>
                  <vendor>Libvirt</vendor>
                  <version>Test driver</version>
                  <serial>123456</serial>
                  <uuid>11111111-2222-3333-4444-555555555555</uuid>
                </hardware>
                <firmware>
                  <vendor>Libvirt</vendor>
                  <version>Test Driver</version>
                  <release_date>01/22/2007</release_date>
                </firmware>
              </capability>
            </device>
            <device>
              <name>scsi_host1</name>
              <parent>computer</parent>
              <capability type='scsi_host'>
                <host>1</host>
                <unique_id>0</unique_id>
                <capability type='fc_host'>
                  <wwnn>2000000012341234</wwnn>
                  <wwpn>1000000012341234</wwpn>
                  <fabric_wwn>2000000043214321</fabric_wwn>
                </capability>
                <capability type='vport_ops'>
                  <max_vports>127</max_vports>
                  <vports>1</vports>
                </capability>
              </capability>
            </device>
            <device>
              <name>scsi_host2</name>
              <parent>computer</parent>
              <capability type='scsi_host'>
                <host>2</host>
                <unique_id>1</unique_id>
                <capability type='fc_host'>
                  <wwnn>2000000056785678</wwnn>
                  <wwpn>1000000056785678</wwpn>
                  <fabric_wwn>2000000087658765</fabric_wwn>
                </capability>
                <capability type='vport_ops'>
                  <max_vports>127</max_vports>
                  <vports>0</vports>
                </capability>
              </capability>
            </device>
            <device>
              <name>scsi_host11</name>
              <parent>scsi_host1</parent>
              <capability type='scsi_host'>
                <host>11</host>
                <unique_id>10</unique_id>
                <capability type='fc_host'>
                  <wwnn>2000000034563456</wwnn>
                  <wwpn>1000000034563456</wwpn>
                  <fabric_wwn>2000000043214321</fabric_wwn>
                </capability>
              </capability>
            </device>
            </node>
            """;

    /** {@link #DEFAULT_XML} as records, so opening test:///default parses no XML. */
    static List<NodeDeviceDef> defaults() {
        NodeDevCap.System sys = new NodeDevCap.System(null, "Libvirt", "Test driver", "123456",
                UUID.fromString("11111111-2222-3333-4444-555555555555"), "Libvirt", "Test Driver", "01/22/2007");
        return List.of(
                new NodeDeviceDef("computer", null, null, List.of(), null, null, null, null, List.of(sys)),
                scsiHost("scsi_host1", "computer", 1, 0, "2000000012341234", "1000000012341234", "2000000043214321", true),
                scsiHost("scsi_host2", "computer", 2, 1, "2000000056785678", "1000000056785678", "2000000087658765", true),
                scsiHost("scsi_host11", "scsi_host1", 11, 10, "2000000034563456", "1000000034563456", "2000000043214321",
                        false));
    }

    private static NodeDeviceDef scsiHost(String name, String parent, int host, int unique, String wwnn, String wwpn,
            String fabric, boolean vport) {
        return new NodeDeviceDef(name, null, null, List.of(), parent, null, null, null,
                List.of(new NodeDevCap.ScsiHost(host, unique, true, wwnn, wwpn, fabric, vport)));
    }

    /** virNodeDeviceObjListAssignDef: a known name gets the new definition. */
    void assign(NodeDeviceDef def) {
        byName.put(def.name(), def);
    }

    void addNode(NodeDeviceDef def) {
        lock.lock();
        try {
            assign(def);
        } finally {
            lock.unlock();
        }
    }

    /**
     * virNodeDeviceObjHasCap: a top-level capability type, fc_host / vports for a scsi_host with that part, or
     * mdev_types for a pci, css or ap_matrix device with such a sub-capability.
     */
    static boolean hasCap(NodeDeviceDef def, String cap) {
        for (NodeDevCap c : def.caps()) {
            if (c.type().equals(cap)) {
                return true;
            }
            if (c instanceof NodeDevCap.ScsiHost h
                    && ((h.fcHost() && cap.equals("fc_host")) || (h.vportOps() && cap.equals("vports")))) {
                return true;
            }
            if (cap.equals("mdev_types") && switch (c) {
                case NodeDevCap.Pci p -> p.mdevTypes() != null;
                case NodeDevCap.Ccw cc -> cc.mdevTypes() != null;
                case NodeDevCap.Ap a -> a.mdevTypes() != null;
                default -> false;
            }) {
                return true;
            }
        }
        return false;
    }

    List<NodeDeviceDef> all() {
        return new ArrayList<>(byName.values());
    }
}
