package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** autostart [--disable]. */
public final class AutostartCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean disable = cmd.has("disable");
        return Dom.act(sh, cmd, d -> d.setAutostart(!disable),
                disable ? "Domain '%s' unmarked as autostarted\n" : "Domain '%s' marked as autostarted\n",
                disable ? "Failed to unmark domain '%s' as autostarted" : "Failed to mark domain '%s' as autostarted");
    }
}
