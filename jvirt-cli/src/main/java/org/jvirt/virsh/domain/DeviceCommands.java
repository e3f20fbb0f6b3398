package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * What virsh's attach-disk/-interface and detach-disk/-interface share once their XML is built: the impact
 * flags (--persistent: config, plus live when running) and the call, flag-less when no impact option was given.
 */
final class DeviceCommands {

    private DeviceCommands() {
    }

    /** The flags of --persistent/--config/--live/--current (checked for exclusion first). */
    static int flags(Invocation cmd) {
        Opts.exclusive(cmd, "persistent", "current");
        return Opts.impact(cmd);
    }

    /** Attaches (or detaches) {@code xml}, printing virsh's messages; {@code what} is "disk" or "interface". */
    static boolean apply(Shell sh, Invocation cmd, Domain dom, int flags, String xml, boolean attach, String what) {
        if (cmd.has("persistent")) {
            flags |= 2;
            if (dom.isActive()) {
                flags |= 1;
            }
        }
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
        String noun = what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
        sh.printExtra(noun + (attach ? " attached successfully\n" : " detached successfully\n"));
        return true;
    }

    /** virBufferEscapeString for attribute values in virsh's generated XML. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
