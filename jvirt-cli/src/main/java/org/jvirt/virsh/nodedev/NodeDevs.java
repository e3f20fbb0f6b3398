package org.jvirt.virsh.nodedev;

import java.util.function.Consumer;
import org.jvirt.NodeDevice;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** Lookups shared by the nodedev- commands (virsh-nodedev.c). */
final class NodeDevs {

    private NodeDevs() {
    }

    /**
     * vshFindNodeDevice: a "wwnn,wwpn" pair is looked up as a SCSI host by WWN (each part must be a WWN), any other
     * value by name; "Could not find matching device" then the libvirt error.
     */
    static NodeDevice find(Shell sh, Invocation cmd, boolean wwnPairs) {
        String value = cmd.string("device");
        if (wwnPairs && value.contains(",")) {
            String[] parts = value.split(",", -1);
            if (parts.length != 2) {
                sh.error("Malformed device value '" + value + "'");
                return null;
            }
            // a malformed WWN is libvirt's own error, reported when the command ends, without virsh's message
            validateWwn(parts[0]);
            validateWwn(parts[1]);
            try {
                return sh.conn().nodeDeviceLookupSCSIHostByWWN(parts[0], parts[1], 0);
            } catch (VirtException e) {
                throw sh.fail("Could not find matching device '" + value + "'", e);
            }
        }
        try {
            return sh.conn().nodeDeviceLookupByName(value);
        } catch (VirtException e) {
            throw sh.fail("Could not find matching device '" + value + "'", e);
        }
    }

    /** virValidateWWN: 16 hex digits, optionally after "0x". */
    static void validateWwn(String wwn) {
        String p = wwn.startsWith("0x") ? wwn.substring(2) : wwn;
        boolean ok = p.length() == 16;
        for (int i = 0; ok && i < p.length(); i++) {
            ok = Character.digit(p.charAt(i), 16) >= 0;
        }
        if (!ok) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Malformed wwn: " + wwn);
        }
    }

    /** The act-and-report pattern: the device as the user named it goes through %s. */
    static boolean act(Shell sh, Invocation cmd, boolean wwnPairs, Consumer<NodeDevice> action, String ok, String failed) {
        NodeDevice dev = find(sh, cmd, wwnPairs);
        if (dev == null) {
            return false;
        }
        return sh.act(dev, cmd.string("device"), action, ok, failed);
    }
}
