package org.jvirt.virsh.domain;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** save-image-define FILE XML [--running|--paused]: virsh leaves the flags' exclusion to the API here. */
public final class SaveImageDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String file = cmd.string("file");
        String xml = XmlFiles.read(cmd.string("xml"));
        try {
            sh.conn().saveImageDefineXML(file, xml, Images.stateFlags(cmd));
        } catch (VirtException e) {
            throw sh.fail("Failed to update " + file, e);
        }
        sh.printExtra("State file " + file + " updated.\n");
        return true;
    }
}
