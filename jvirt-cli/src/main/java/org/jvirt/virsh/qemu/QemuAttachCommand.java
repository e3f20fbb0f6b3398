package org.jvirt.virsh.qemu;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** qemu-attach PID (cmdQemuAttach): virDomainQemuAttach on the process {@code PID}. */
public final class QemuAttachCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int pid = cmd.uintOpt("pid", 0);
        Domain dom;
        try {
            dom = sh.conn().qemuAttach(pid, 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to attach to pid " + Integer.toUnsignedString(pid), e);
        }
        sh.print("Domain '" + dom.getName() + "' attached to pid " + Integer.toUnsignedString(pid) + "\n");
        return true;
    }
}
