package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jvirt.conf.nodedev.NodeDevCap;
import org.jvirt.conf.nodedev.NodeDeviceDef;
import org.jvirt.conf.nodedev.NodeDeviceXml;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.NodeDeviceDriver;
import org.jvirt.spi.NodeDeviceRef;

/**
 * The test driver's node device table (testNodeDevice*, testNodeNumOfDevices...), quirks included: creating a
 * vHBA copies scsi_host11 as scsi_host12 (host and unique_id bumped, the new WWNs; a second create replaces
 * it), destroy reports success even when it removes nothing (a device that is no FC HBA, or whose parent is
 * gone), and define, undefine, start, autostart, persistence and state are not in the table.
 */
final class TestNodeDeviceDriver implements NodeDeviceDriver {

    private static final ErrorDomain D = ErrorDomain.TEST;
    /** VIR_CONNECT_LIST_NODE_DEVICES_FILTERS_CAP: every capability bit, system .. vpd. */
    private static final int FILTERS_CAP = (1 << 22) - 1;

    private final TestNodeDevices devs;
    private final TestDriver driver;

    TestNodeDeviceDriver(TestDriver driver) {
        this.driver = driver;
        this.devs = driver.nodeDevices;
    }

    private <T> T locked(Supplier<T> body) {
        devs.lock.lock();
        try {
            return body.get();
        } finally {
            devs.lock.unlock();
        }
    }

    /** testNodeDeviceObjFindByName. */
    private NodeDeviceDef byName(String name) {
        NodeDeviceDef d = devs.byName.get(name);
        if (d == null) {
            throw VirtException.of(ErrorCode.NO_NODE_DEVICE, D, "no node device with matching name '%s'", name);
        }
        return d;
    }

    private List<String> names(String cap, int max) {
        List<String> out = new ArrayList<>();
        for (NodeDeviceDef d : devs.byName.values()) {
            if ((cap == null || TestNodeDevices.hasCap(d, cap)) && out.size() < max) {
                out.add(d.name());
            }
        }
        return out;
    }

    @Override
    public int nodeNumOfDevices(String cap, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testNodeNumOfDevices");
        return locked(() -> names(cap, Integer.MAX_VALUE).size());
    }

    @Override
    public List<String> nodeListDevices(String cap, int maxnames, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testNodeListDevices");
        return locked(() -> names(cap, maxnames));
    }

    /** virNodeDeviceObjListExport: with capability bits, a device must have one of them. */
    @Override
    public List<NodeDeviceRef> connectListAllNodeDevices(int flags) {
        VirErrors.checkFlags(flags, FILTERS_CAP, D, "testConnectListAllNodeDevices");
        return locked(() -> {
            List<NodeDeviceRef> out = new ArrayList<>();
            for (NodeDeviceDef d : devs.byName.values()) {
                if (flags == 0 || matches(d, flags)) {
                    out.add(new NodeDeviceRef(d.name(), d.parent()));
                }
            }
            return out;
        });
    }

    private static boolean matches(NodeDeviceDef d, int flags) {
        for (int bit = 0; bit < 22; bit++) {
            if ((flags & (1 << bit)) != 0 && TestNodeDevices.hasCap(d, CapNames.ALL.get(bit))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public NodeDeviceRef nodeDeviceLookupByName(String name) {
        return locked(() -> new NodeDeviceRef(name, byName(name).parent()));
    }

    @Override
    public String nodeDeviceGetXMLDesc(NodeDeviceRef dev, int flags) {
        VirErrors.checkFlags(flags, 0, D, "testNodeDeviceGetXMLDesc");
        return locked(() -> NodeDeviceXml.format(byName(dev.name())));
    }

    @Override
    public String nodeDeviceGetParent(NodeDeviceRef dev) {
        return locked(() -> {
            String p = byName(dev.name()).parent();
            if (p == null) {
                throw VirtException.of(ErrorCode.INTERNAL_ERROR, D, "no parent for this device");
            }
            return p;
        });
    }

    @Override
    public int nodeDeviceNumOfCaps(NodeDeviceRef dev) {
        return locked(() -> byName(dev.name()).caps().size());
    }

    @Override
    public List<String> nodeDeviceListCaps(NodeDeviceRef dev, int maxnames) {
        return locked(() -> {
            List<String> out = new ArrayList<>();
            for (NodeDevCap c : byName(dev.name()).caps()) {
                if (out.size() < maxnames) {
                    out.add(c.type());
                }
            }
            return out;
        });
    }

    /**
     * testNodeDeviceCreateXML: only a vHBA (an fc_host under a vport-capable parent) can be made. VALIDATE (1)
     * checks the document against nodedev.rng first.
     */
    @Override
    public NodeDeviceRef nodeDeviceCreateXML(String xml, int flags) {
        VirErrors.checkFlags(flags, 1, D, "testNodeDeviceCreateXML");
        NodeDeviceDef def = NodeDeviceXml.parse(xml, true, (flags & 1) != 0);
        NodeDevCap.ScsiHost fc = def.fcHost();
        if (fc == null) {
            throw notFcHba();
        }
        return locked(() -> {
            TestVhba.parentHost(devs, def);
            NodeDeviceDef model = devs.byName.get("scsi_host11");
            if (model == null) {
                // libvirt's mock fails without saying why
                throw VirtException.raw(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE,
                        "An error occurred, but the cause is unknown", null, null);
            }
            NodeDeviceDef made = TestVhba.fromModel(model, fc.wwnn(), fc.wwpn());
            devs.assign(made);
            driver.nodeDeviceEvents.created(made.name());
            return new NodeDeviceRef(made.name(), def.parent());
        });
    }

    static VirtException notFcHba() {
        return VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NODEDEV, "Device is not a fibre channel HBA");
    }

    /** testNodeDeviceDestroy: its result is success even when the checks fail and nothing is removed. */
    @Override
    public void nodeDeviceDestroy(NodeDeviceRef dev) {
        locked(() -> {
            NodeDeviceDef def = byName(dev.name());
            if (def.fcHost() == null || def.parent() == null || !devs.byName.containsKey(def.parent())) {
                return null;
            }
            devs.byName.remove(def.name());
            driver.nodeDeviceEvents.deleted(def.name());
            return null;
        });
    }

    @Override
    public int connectNodeDeviceEventRegisterAny(NodeDeviceRef dev, int eventID, org.jvirt.spi.NodeDeviceEventCallback cb) {
        return driver.nodeDeviceEvents.register(this, dev, eventID, cb);
    }

    @Override
    public void connectNodeDeviceEventDeregisterAny(int callbackID) {
        driver.nodeDeviceEvents.deregister(this, callbackID);
    }

    /** virNodeDevCapType names by bit of virConnectListAllNodeDeviceFlags. */
    static final class CapNames {
        static final List<String> ALL = List.of("system", "pci", "usb_device", "usb", "net", "scsi_host",
                "scsi_target", "scsi", "storage", "fc_host", "vports", "scsi_generic", "drm", "mdev_types", "mdev",
                "ccw", "css", "vdpa", "ap_card", "ap_queue", "ap_matrix", "vpd");

        private CapNames() {
        }
    }
}
