package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** backup-dumpxml DOMAIN [--xpath E] [--wrap] (cmdBackupDumpXML): the running backup job's XML. */
public final class BackupDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        sh.print(Images.dump(dom.backupGetXMLDesc(0), cmd.string("xpath"), cmd.has("wrap")));
        return true;
    }
}
