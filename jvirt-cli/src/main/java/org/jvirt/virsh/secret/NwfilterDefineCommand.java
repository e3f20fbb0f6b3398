package org.jvirt.virsh.secret;

import org.jvirt.NWFilter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-define FILE (--validate, which needs virNWFilterDefineXMLFlags, is not in jvirt yet). */
public final class NwfilterDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return XmlFiles.make(sh, cmd, xml -> sh.conn().nwfilterDefineXML(xml), NWFilter::getName,
                "Failed to define network filter from %s", "Network filter %s defined from %s\n");
    }
}
