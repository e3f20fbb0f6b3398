package org.jvirt.virsh.qemu;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * lxc-enter-namespace DOMAIN [--noseclabel] -- CMD... (cmdLxcEnterNamespace): opens the container's namespaces
 * with virDomainLxcOpenNamespace. No jvirt driver runs containers, so that call refuses; entering the namespaces
 * (setns in a forked child) is not implemented.
 */
public final class LxcEnterNamespaceCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        dom.lxcOpenNamespace(0);
        sh.error("entering a container's namespaces is not implemented");
        return false;
    }
}
