package org.jvirt.virsh.secret;

import org.jvirt.NWFilterBinding;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-binding-create FILE [--validate]. */
public final class NwfilterBindingCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().nwfilterBindingCreateXML(xml, flags), NWFilterBinding::getPortDev,
                "Failed to create network filter from %s", "Network filter binding on %s created from %s\n");
    }
}
