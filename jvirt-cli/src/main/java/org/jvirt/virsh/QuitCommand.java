package org.jvirt.virsh;

import org.jvirt.virsh.vsh.Invocation;

/** quit / exit: leaves the interactive loop. */
final class QuitCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.setInteractive(false);
        return true;
    }
}
