package org.jvirt.conf.nodedev;

import java.util.List;

/**
 * A node device definition (libvirt's virNodeDeviceDef): name, sysfs path, device nodes, parent (by name, or by
 * the WWNs of a vHBA's parent) and the capabilities in document order.
 *
 * @param devnode the {@code <devnode type='dev'>} text or null; links are the {@code type='link'} ones
 */
public record NodeDeviceDef(String name, String path, String devnode, List<String> devlinks, String parent,
        String parentWwnn, String parentWwpn, String parentFabricWwn, List<NodeDevCap> caps) {

    public NodeDeviceDef {
        devlinks = List.copyOf(devlinks);
        caps = List.copyOf(caps);
    }

    public NodeDeviceDef withName(String newName) {
        return new NodeDeviceDef(newName, path, devnode, devlinks, parent, parentWwnn, parentWwpn, parentFabricWwn,
                caps);
    }

    public NodeDeviceDef withCaps(List<NodeDevCap> newCaps) {
        return new NodeDeviceDef(name, path, devnode, devlinks, parent, parentWwnn, parentWwpn, parentFabricWwn,
                newCaps);
    }

    /** The first scsi_host capability with an fc_host part (virNodeDeviceGetWWNs), or null. */
    public NodeDevCap.ScsiHost fcHost() {
        for (NodeDevCap c : caps) {
            if (c instanceof NodeDevCap.ScsiHost h && h.fcHost()) {
                return h;
            }
        }
        return null;
    }
}
