package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** vol-create POOL FILE [--prealloc-metadata] [--validate]. */
public final class VolCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA 1, _VALIDATE 4
        int flags = (cmd.has("prealloc-metadata") ? 1 : 0) | (cmd.has("validate") ? 4 : 0);
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        String file = cmd.string("file");
        String xml = XmlFiles.read(file);
        StorageVol vol;
        try {
            vol = pool.storageVolCreateXML(xml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to create vol from " + file, e);
        }
        sh.printExtra("Vol " + vol.getName() + " created from " + file + "\n");
        return true;
    }
}
