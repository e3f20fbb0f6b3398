package org.jvirt.virsh.nodedev;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.NodeDevice;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * nodedev-list [--tree] [--cap LIST] [--inactive | --all]: names sorted ignoring case, or the parent tree. The
 * listing asks for active devices unless --inactive or --all is given, which libvirt 9.0's test driver refuses.
 */
public final class NodedevListCommand implements Command {

    /** virConnectListAllNodeDeviceFlags' capability names in bit order. */
    static final List<String> CAPS = List.of("system", "pci", "usb_device", "usb", "net", "scsi_host",
            "scsi_target", "scsi", "storage", "fc_host", "vports", "scsi_generic", "drm", "mdev_types", "mdev",
            "ccw", "css", "vdpa", "ap_card", "ap_queue", "ap_matrix", "vpd");

    private static final Comparator<NodeDevice> BY_NAME = new Comparator<>() {
        @Override
        public int compare(NodeDevice a, NodeDevice b) {
            return a.getName().compareToIgnoreCase(b.getName());
        }
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (cmd.has("all") && cmd.has("inactive")) {
            throw new org.jvirt.virsh.vsh.OptionException("Option --all is incompatible with --inactive");
        }
        boolean tree = cmd.has("tree");
        boolean inactive = cmd.has("inactive");
        String capStr = cmd.string("cap");
        if (capStr != null && capStr.isEmpty()) {
            capStr = null;
        }
        if ((inactive || capStr != null) && tree) {
            sh.error("Option --tree is incompatible with --cap and --inactive");
            return false;
        }
        int flags = 0;
        if (capStr != null) {
            for (String c : capStr.split(",")) {
                int bit = CAPS.indexOf(c.strip());
                if (bit < 0) {
                    sh.error("Invalid capability type");
                    return false;
                }
                flags |= 1 << bit;
            }
        }
        if (inactive) {
            flags |= 1 << 30;
        } else if (cmd.has("all")) {
            flags |= (1 << 30) | (1 << 31);
        } else {
            flags |= 1 << 31;
        }
        List<NodeDevice> devs;
        try {
            devs = new ArrayList<>(sh.conn().listAllNodeDevices(flags));
        } catch (VirtException e) {
            throw sh.fail("Failed to list node devices", e);
        }
        devs.sort(BY_NAME);
        StringBuilder out = new StringBuilder();
        if (!tree) {
            for (NodeDevice d : devs) {
                out.append(d.getName()).append('\n');
            }
        } else {
            List<String> names = new ArrayList<>();
            List<String> parents = new ArrayList<>();
            for (NodeDevice d : devs) {
                names.add(d.getName());
                parents.add(d.getParent());
            }
            for (int i = 0; i < names.size(); i++) {
                if (parents.get(i) == null) {
                    Trees.print(out, names, parents, i);
                }
            }
        }
        sh.print(out.toString());
        return true;
    }
}
