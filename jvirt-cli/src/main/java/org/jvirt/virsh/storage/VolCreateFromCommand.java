package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** vol-create-from POOL FILE VOL [--inputpool P] [--prealloc-metadata] [--reflink] [--validate]. */
public final class VolCreateFromCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        // VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA 1, _REFLINK 2, _VALIDATE 4
        int flags = (cmd.has("prealloc-metadata") ? 1 : 0) | (cmd.has("reflink") ? 2 : 0)
                | (cmd.has("validate") ? 4 : 0);
        String file = cmd.string("file");
        // the input volume is looked up before the file is read, so a missing volume is reported first
        StorageVol input = Pools.vol(sh, cmd, "vol", "inputpool");
        String xml = XmlFiles.read(file);
        StorageVol made;
        try {
            made = pool.storageVolCreateXMLFrom(xml, input, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to create vol from " + file, e);
        }
        sh.printExtra("Vol " + made.getName() + " created from input vol " + input.getName() + "\n");
        return true;
    }
}
