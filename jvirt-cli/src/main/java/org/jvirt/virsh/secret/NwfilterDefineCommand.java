package org.jvirt.virsh.secret;

import org.jvirt.NWFilter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-define FILE [--validate]. */
public final class NwfilterDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        // virsh calls the flag-less API unless a flag is given, so errors name the function it called
        return XmlFiles.make(sh, cmd,
                xml -> flags != 0 ? sh.conn().nwfilterDefineXMLFlags(xml, flags) : sh.conn().nwfilterDefineXML(xml),
                NWFilter::getName,
                "Failed to define network filter from %s", "Network filter %s defined from %s\n");
    }
}
