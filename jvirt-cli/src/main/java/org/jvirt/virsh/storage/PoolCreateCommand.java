package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** pool-create FILE [--build [--overwrite | --no-overwrite]]. */
public final class PoolCreateCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        cmd.string("file"); // an empty file name is refused before the build options are checked
        Opts.exclusive(cmd, "overwrite", "no-overwrite");
        int flags = PoolCreateAsCommand.buildFlags(cmd);
        return XmlFiles.make(sh, cmd, xml -> sh.conn().storagePoolCreateXML(xml, flags), StoragePool::getName,
                "Failed to create pool from %s", "Pool %s created from %s\n");
    }
}
