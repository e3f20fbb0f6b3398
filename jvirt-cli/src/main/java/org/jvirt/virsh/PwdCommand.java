package org.jvirt.virsh;

import org.jvirt.virsh.vsh.Invocation;

/** pwd. */
final class PwdCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(System.getProperty("user.dir") + "\n");
        return true;
    }
}
