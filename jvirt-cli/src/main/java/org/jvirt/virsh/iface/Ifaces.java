package org.jvirt.virsh.iface;

import org.jvirt.Interface;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** Lookups shared by the iface- commands (virsh-interface.c). */
final class Ifaces {

    static final int BYNAME = 1;
    static final int BYMAC = 2;

    private Ifaces() {
    }

    /**
     * virshCommandOptInterfaceBy: a MAC-shaped argument is looked up by MAC (when allowed), anything else by
     * name (when allowed); when no lookup is allowed for the shape, only "failed to get interface" is said.
     */
    static Interface lookup(Shell sh, Invocation cmd, String opt, int by) {
        String n = cmd.string(opt);
        boolean isMac = isMac(n);
        try {
            if (!isMac && (by & BYNAME) != 0) {
                return sh.conn().interfaceLookupByName(n);
            }
            if (isMac && (by & BYMAC) != 0) {
                return sh.conn().interfaceLookupByMACString(n);
            }
        } catch (VirtException e) {
            throw sh.fail("failed to get interface '" + n + "'", e);
        }
        sh.error("failed to get interface '" + n + "'");
        return null;
    }

    /** virMacAddrParse: six hex numbers up to 0xff separated by ':', each starting with a hex digit. */
    static boolean isMac(String s) {
        int i = 0;
        for (int part = 0; part < 6; part++) {
            if (i >= s.length() || Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
            long v = 0;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0) {
                v = v * 16 + Character.digit(s.charAt(i), 16);
                if (v > 0xff) {
                    return false;
                }
                i++;
            }
            if (part < 5) {
                if (i >= s.length() || s.charAt(i) != ':') {
                    return false;
                }
                i++;
            }
        }
        return i == s.length();
    }

    /** The act-and-report pattern of the interface commands, on the interface the user named. */
    static boolean act(Shell sh, Invocation cmd, java.util.function.Consumer<Interface> action, String ok,
            String failed) {
        Interface iface = lookup(sh, cmd, "interface", BYNAME | BYMAC);
        if (iface == null) {
            return false;
        }
        return sh.act(iface, cmd.string("interface"), action, ok, failed);
    }
}
