package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** setvcpus COUNT [--maximum] [--config] [--live] [--current] [--guest] [--hotpluggable]. */
public final class SetvcpusCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Opts.impact(cmd);
        Opts.require(cmd, "maximum", "config");
        Opts.exclusive(cmd, "guest", "config");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        int count = cmd.uintOpt("count", 0);
        if (count <= 0) {
            throw new OptionException("Can't set " + count + " processors for a VM");
        }
        flags |= (cmd.has("maximum") ? 4 : 0) | (cmd.has("guest") ? 8 : 0) | (cmd.has("hotpluggable") ? 16 : 0);
        if (flags == 0 && !cmd.has("current")) {
            // no option: virsh calls virDomainSetVcpus, which every libvirt driver implements as
            // SetVcpusFlags(AFFECT_LIVE); our API has only the flags call
            flags = 1;
        }
        dom.setVcpus(count, flags);
        return true;
    }
}
