package org.jvirt.conf.nodedev;

import java.util.List;
import java.util.UUID;

/**
 * One {@code <capability>} of a node device, by type (libvirt's virNodeDevCapData). Numbers libvirt keeps in
 * C unsigned ints are kept as Java ints with the same bits (it prints them with %d).
 */
public sealed interface NodeDevCap {

    /** virNodeDevCapType's name of this capability. */
    String type();

    record System(String product, String hwVendor, String hwVersion, String hwSerial, UUID uuid, String fwVendor,
            String fwVersion, String fwReleaseDate) implements NodeDevCap {
        public String type() {
            return "system";
        }
    }

    record UsbDevice(int bus, int device, int vendor, int product, String vendorName, String productName)
            implements NodeDevCap {
        public String type() {
            return "usb_device";
        }
    }

    record UsbInterface(int number, int klass, int subclass, int protocol, String description) implements NodeDevCap {
        public String type() {
            return "usb";
        }
    }

    /** features: virNetDevFeature names in that enum's order; subtype "80203", "80211" or null. */
    record Net(String ifname, String address, long linkSpeed, String linkState, List<String> features, String subtype)
            implements NodeDevCap {
        public Net {
            features = List.copyOf(features);
        }

        public String type() {
            return "net";
        }
    }

    /** uniqueId -1 when absent; max_vports/vports are only read from sysfs by libvirt, so always 0 here. */
    record ScsiHost(int host, int uniqueId, boolean fcHost, String wwnn, String wwpn, String fabricWwn,
            boolean vportOps) implements NodeDevCap {
        public String type() {
            return "scsi_host";
        }

        public ScsiHost withHost(int newHost, int newUniqueId) {
            return new ScsiHost(newHost, newUniqueId, fcHost, wwnn, wwpn, fabricWwn, vportOps);
        }

        public ScsiHost withWwns(String newWwnn, String newWwpn) {
            return new ScsiHost(host, uniqueId, fcHost, newWwnn, newWwpn, fabricWwn, vportOps);
        }
    }

    /** rport and wwpn only with an fc_remote_port sub-capability. */
    record ScsiTarget(String target, boolean fcRemotePort, String rport, String wwpn) implements NodeDevCap {
        public String type() {
            return "scsi_target";
        }
    }

    record Scsi(int host, int bus, int target, int lun, String scsiType) implements NodeDevCap {
        public String type() {
            return "scsi";
        }
    }

    record Storage(String block, String bus, String driveType, String model, String vendor, String serial, long size,
            boolean removable, boolean mediaAvailable, long mediaSize, String mediaLabel, boolean hotpluggable)
            implements NodeDevCap {
        public String type() {
            return "storage";
        }
    }

    /** drmType "primary", "control" or "render". */
    record Drm(String drmType) implements NodeDevCap {
        public String type() {
            return "drm";
        }
    }

    /** A PCI address as node device XML prints it (domain, bus, slot, function). */
    record PciAddress(int domain, int bus, int slot, int function) {
    }

    /** A PCIe link: port -1 when absent, speed null when absent. */
    record PcieLink(int port, String speed, int width) {
    }

    /**
     * klass -1 when absent; physFunction null unless a phys_function capability; virtFunctions non-null with a
     * virt_functions capability; headerType "pci-bridge" / "cardbus-bridge" or null; numaNode -1 when absent;
     * pciExpress false without {@code <pci-express>}.
     */
    record Pci(int klass, int domain, int bus, int slot, int function, int product, String productName, int vendor,
            String vendorName, PciAddress physFunction, List<PciAddress> virtFunctions, int maxVirtFunctions,
            String headerType, List<MdevType> mdevTypes, int iommuGroup, List<PciAddress> iommuDevices, int numaNode, boolean pciExpress,
            PcieLink linkCap, PcieLink linkSta) implements NodeDevCap {
        public Pci {
            virtFunctions = virtFunctions == null ? null : List.copyOf(virtFunctions);
            iommuDevices = List.copyOf(iommuDevices);
        }

        public String type() {
            return "pci";
        }
    }

    /** One {@code <type>} of an mdev_types capability; name may be null. */
    record MdevType(String id, String name, String deviceApi, int availableInstances) {
    }

    /** attrs: name/value pairs in document order (an attr missing either is dropped, as libvirt does). */
    record Mdev(String mdevType, String uuid, int iommuGroup, List<String[]> attrs) implements NodeDevCap {
        public Mdev {
            attrs = List.copyOf(attrs);
        }

        public String type() {
            return "mdev";
        }
    }

    /** ccw (css false) or css (with its mdev_types; null when it has no such capability). */
    record Ccw(boolean css, int cssid, int ssid, int devno, List<MdevType> mdevTypes) implements NodeDevCap {
        public String type() {
            return css ? "css" : "ccw";
        }
    }

    /** ap_card (domain -1), ap_queue (with domain) or ap_matrix (adapter -1, with its mdev_types or null). */
    record Ap(String apType, int adapter, int domain, List<MdevType> mdevTypes) implements NodeDevCap {
        public String type() {
            return apType;
        }
    }
}
