package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** managedsave-define DOMAIN XML [--running|--paused]. */
public final class ManagedsaveDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "running", "paused");
        String xml = XmlFiles.read(cmd.string("xml")); // virsh reads the file before it looks the domain up
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        try {
            dom.managedSaveDefineXML(xml, Images.stateFlags(cmd));
        } catch (VirtException e) {
            throw sh.fail("Failed to update " + dom.getName() + " XML configuration", e);
        }
        sh.printExtra("Managed save state file of domain '" + dom.getName() + "' updated.\n");
        return true;
    }
}
