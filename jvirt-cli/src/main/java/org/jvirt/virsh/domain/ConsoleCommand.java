package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** console [--devname] [--force] [--safe]: needs a terminal; this API has no console streams yet. */
public final class ConsoleCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        // cmdRunConsole: the state first (virshDomainState), then the terminal
        org.jvirt.DomainState state;
        try {
            state = dom.getState(0).state();
        } catch (VirtException e) {
            sh.error("Unable to get domain status");
            return false;
        }
        if (state == org.jvirt.DomainState.SHUTOFF) {
            sh.error("The domain is not running");
            return false;
        }
        if (System.console() == null || !System.console().isTerminal()) {
            sh.error("Cannot run interactive console without a controlling TTY");
            return false;
        }
        sh.print("Connected to domain '" + dom.getName() + "'\n");
        sh.print("Escape character is ^] (Ctrl + ])\n");
        sh.error("this function is not supported by the connection driver: virDomainOpenConsole");
        return false;
    }
}
