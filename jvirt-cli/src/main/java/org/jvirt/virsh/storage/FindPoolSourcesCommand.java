package org.jvirt.virsh.storage;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** find-storage-pool-sources TYPE [--srcSpec FILE]: the driver's &lt;sources&gt; document as it comes. */
public final class FindPoolSourcesCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String type = cmd.string("type");
        String specFile = cmd.string("srcSpec");
        String spec = specFile == null ? null : XmlFiles.read(specFile);
        return find(sh, type, spec);
    }

    static boolean find(Shell sh, String type, String spec) {
        String sources;
        try {
            sources = sh.conn().findStoragePoolSources(type, spec, 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to find any " + type + " pool sources", e);
        }
        sh.print(sources);
        return true;
    }
}
