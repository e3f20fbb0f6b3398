package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** attach-device / detach-device: --persistent means config, plus live when the domain runs. */
final class Devices {

    private Devices() {
    }

    static boolean modify(Shell sh, Invocation cmd, boolean attach) {
        Opts.exclusive(cmd, "persistent", "current");
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String file = cmd.string("file");
        String xml = XmlFiles.read(file);
        if (cmd.has("persistent")) {
            flags |= 2;
            if (dom.isActive()) {
                flags |= 1;
            }
        }
        try {
            // virsh calls the flag-less API when no impact option was given
            boolean flagless = flags == 0 && !cmd.has("current");
            if (attach) {
                if (flagless) {
                    dom.attachDevice(xml);
                } else {
                    dom.attachDevice(xml, flags);
                }
            } else if (flagless) {
                dom.detachDevice(xml);
            } else {
                dom.detachDevice(xml, flags);
            }
        } catch (VirtException e) {
            throw sh.fail((attach ? "Failed to attach device from " : "Failed to detach device from ") + file, e);
        }
        sh.printExtra(attach ? "Device attached successfully\n" : "Device detached successfully\n");
        return true;
    }
}
