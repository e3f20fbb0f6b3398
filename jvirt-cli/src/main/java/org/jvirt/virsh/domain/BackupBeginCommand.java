package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/**
 * backup-begin DOMAIN [--backupxml F] [--checkpointxml F] [--reuse-external] (cmdBackupBegin): in virsh's
 * order, the domain first, then the files, then the call; without --backupxml virsh sends an empty
 * {@code <domainbackup/>} (the wire's backup_xml is a non-null string).
 */
public final class BackupBeginCommand implements Command {

    /** VIR_DOMAIN_BACKUP_BEGIN_REUSE_EXTERNAL. */
    private static final int REUSE_EXTERNAL = 1;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String backup = cmd.string("backupxml");
        String checkpoint = cmd.string("checkpointxml");
        String backupXml = backup == null ? "<domainbackup/>" : XmlFiles.read(backup);
        String checkpointXml = checkpoint == null ? null : XmlFiles.read(checkpoint);
        dom.backupBegin(backupXml, checkpointXml, cmd.has("reuse-external") ? REUSE_EXTERNAL : 0);
        sh.print("Backup started\n");
        return true;
    }
}
