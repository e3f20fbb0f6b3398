package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** pool-create FILE. */
public final class PoolCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return XmlFiles.make(sh, cmd, xml -> sh.conn().storagePoolCreateXML(xml, 0), StoragePool::getName,
                "Failed to create pool from %s", "Pool %s created from %s\n");
    }
}
