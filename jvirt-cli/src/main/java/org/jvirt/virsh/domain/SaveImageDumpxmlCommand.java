package org.jvirt.virsh.domain;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** save-image-dumpxml FILE [--security-info] [--xpath E] [--wrap]. */
public final class SaveImageDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String xml = sh.conn().saveImageGetXMLDesc(cmd.string("file"), cmd.has("security-info") ? 1 : 0);
        sh.print(Images.dump(xml, cmd.string("xpath"), cmd.has("wrap")));
        return true;
    }
}
