package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/**
 * What virsh's device commands (attach-/detach-device, -disk, -interface, update-device) share once their XML is
 * built: the impact flags (--persistent: config, plus live when running) and the call, flag-less when no impact
 * option was given.
 */
final class DeviceCommands {

    private DeviceCommands() {
    }

    /** The flags of --persistent/--config/--live/--current (checked for exclusion first). */
    static int flags(Invocation cmd) {
        Opts.exclusive(cmd, "persistent", "current");
        return Opts.impact(cmd);
    }

    /** {@code flags} with --persistent's share: config, plus live when the domain runs. */
    static int persistent(Invocation cmd, Domain dom, int flags) {
        if (cmd.has("persistent")) {
            flags |= 2;
            if (dom.isActive()) {
                flags |= 1;
            }
        }
        return flags;
    }

    /**
     * Attaches (or detaches) {@code xml}, printing virsh's messages: "Failed to attach " + {@code what} and
     * {@code noun} + " attached successfully" ("disk"/"Disk", "device from FILE"/"Device").
     */
    static boolean apply(Shell sh, Invocation cmd, Domain dom, int flags, String xml, boolean attach, String what,
            String noun) {
        flags = persistent(cmd, dom, flags);
        boolean flagless = flags == 0 && !cmd.has("current");
        try {
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
            throw sh.fail((attach ? "Failed to attach " : "Failed to detach ") + what, e);
        }
        sh.printExtra(noun + (attach ? " attached successfully\n" : " detached successfully\n"));
        return true;
    }

    /** virBufferEscapeString for attribute values in virsh's generated XML. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }

    /** attach-device / detach-device: the device XML from --file. */
    static boolean fromFile(Shell sh, Invocation cmd, boolean attach) {
        int flags = flags(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String file = cmd.string("file");
        return apply(sh, cmd, dom, flags, XmlFiles.read(file), attach, "device from " + file, "Device");
    }
}
