package org.jvirt.virsh.snapshot;

import org.jvirt.Domain;
import org.jvirt.DomainSnapshot;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** snapshot-current [--name] [--security-info] [--snapshotname NAME]. */
public final class SnapshotCurrentCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "name", "snapshotname");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String name = cmd.string("snapshotname");
        if (name != null) {
            // making a snapshot current is redefining it, unchanged, with CURRENT
            DomainSnapshot s = dom.snapshotLookupByName(name, 0);
            String xml = s.getXMLDesc(cmd.has("security-info") ? 1 : 0);
            dom.snapshotCreateXML(xml, 1 | 2);
            sh.printExtra("Snapshot " + name + " set as current");
            return true;
        }
        if (!dom.hasCurrentSnapshot(0)) {
            sh.error("domain '" + cmd.string("domain") + "' has no current snapshot");
            return false;
        }
        DomainSnapshot cur;
        try {
            cur = dom.snapshotCurrent(0);
        } catch (VirtException e) {
            if (e.code() != ErrorCode.NO_DOMAIN_SNAPSHOT) {
                throw e;
            }
            sh.error("domain '" + cmd.string("domain") + "' has no current snapshot");
            return false;
        }
        if (cmd.has("name")) {
            sh.print(cur.getName());
        } else {
            sh.print(cur.getXMLDesc(cmd.has("security-info") ? 1 : 0));
        }
        return true;
    }
}
