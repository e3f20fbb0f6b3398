package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.nodedev.NodeDevCap;
import org.jvirt.conf.nodedev.NodeDeviceDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The vHBA steps of the test driver's nodeDeviceCreateXML: finding the parent HBA (virNodeDeviceObjListGetParentHost)
 * and the mock that copies scsi_host11 (testNodeDeviceMockCreateVport).
 */
final class TestVhba {

    private TestVhba() {
    }

    /**
     * The parent by name, by its WWNN/WWPN, by fabric WWN, or else any vport-capable HBA; it must have the
     * vport_ops capability.
     */
    static NodeDeviceDef parentHost(TestNodeDevices devs, NodeDeviceDef def) {
        NodeDeviceDef parent = null;
        if (def.parent() != null) {
            parent = devs.byName.get(def.parent());
        } else if (def.parentWwnn() != null && def.parentWwpn() != null) {
            for (NodeDeviceDef d : devs.byName.values()) {
                NodeDevCap.ScsiHost h = d.fcHost();
                if (h != null && def.parentWwnn().equalsIgnoreCase(h.wwnn()) && def.parentWwpn().equalsIgnoreCase(h.wwpn())) {
                    parent = d;
                    break;
                }
            }
        } else if (def.parentFabricWwn() != null) {
            for (NodeDeviceDef d : devs.byName.values()) {
                NodeDevCap.ScsiHost h = d.fcHost();
                if (h != null && def.parentFabricWwn().equalsIgnoreCase(h.fabricWwn())) {
                    parent = d;
                    break;
                }
            }
        } else {
            for (NodeDeviceDef d : devs.byName.values()) {
                if (TestNodeDevices.hasCap(d, "vports")) {
                    return d;
                }
            }
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NODEDEV, "Could not find any vport capable device");
        }
        if (parent == null) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NODEDEV,
                    "Could not find parent device for '" + def.name() + "'");
        }
        if (!TestNodeDevices.hasCap(parent, "vports")) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NODEDEV,
                    "Parent device " + parent.name() + " is not capable of vport operations");
        }
        return parent;
    }

    /** scsi_host11 as scsi_host12: every scsi_host with fc_host takes the new WWNs (libvirt's loop bumps none). */
    static NodeDeviceDef fromModel(NodeDeviceDef model, String wwnn, String wwpn) {
        List<NodeDevCap> caps = new ArrayList<>();
        for (NodeDevCap c : model.caps()) {
            if (c instanceof NodeDevCap.ScsiHost h) {
                caps.add(h.fcHost() ? h.withWwns(wwnn, wwpn) : h.withHost(h.host() + 1, h.uniqueId() + 1));
            } else {
                caps.add(c);
            }
        }
        return model.withName("scsi_host12").withCaps(caps);
    }
}
