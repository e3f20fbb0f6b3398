package org.jvirt.virsh.host;

import org.jvirt.Connect;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** version [--daemon]. */
public final class VersionCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String lib = v(Connect.LIB_VERSION);
        sh.print("Compiled against library: libvirt " + lib + "\n");
        sh.print("Using library: libvirt " + v(sh.conn().getLibVersion()) + "\n");
        String type;
        try {
            type = sh.conn().getType();
        } catch (VirtException e) {
            throw sh.fail("failed to get hypervisor type", e);
        }
        sh.print("Using API: " + type + " " + lib + "\n");
        long hv;
        try {
            hv = sh.conn().getVersion();
        } catch (VirtException e) {
            throw sh.fail("failed to get the hypervisor version", e);
        }
        if (hv == 0) {
            sh.print("Cannot extract running " + type + " hypervisor version\n");
        } else {
            sh.print("Running hypervisor: " + type + " " + v(hv) + "\n");
        }
        if (cmd.has("daemon")) {
            // no separate daemon in-process: the library answers, as libvirtd's virConnectGetLibVersion would
            sh.print("Running against daemon: " + v(sh.conn().getLibVersion()) + "\n");
        }
        return true;
    }

    private static String v(long n) {
        return (n / 1_000_000) + "." + (n / 1000 % 1000) + "." + (n % 1000);
    }
}
