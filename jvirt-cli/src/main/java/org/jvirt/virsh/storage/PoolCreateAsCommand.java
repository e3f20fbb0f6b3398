package org.jvirt.virsh.storage;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-create-as NAME TYPE [source and target options] [--print-xml] [--build [--overwrite|--no-overwrite]]. */
public final class PoolCreateAsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // the build options are checked before the document is made, as virsh does
        Opts.exclusive(cmd, "overwrite", "no-overwrite");
        int flags = buildFlags(cmd);
        String xml = PoolXmlArgs.build(cmd);
        String name = cmd.string("name");
        if (cmd.has("print-xml")) {
            sh.print(xml);
            return true;
        }
        try {
            sh.conn().storagePoolCreateXML(xml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to create pool " + name, e);
        }
        sh.printExtra("Pool " + name + " created\n");
        return true;
    }

    /** VIR_STORAGE_POOL_CREATE_WITH_BUILD 1, _OVERWRITE 2, _NO_OVERWRITE 4; neither implies the other. */
    static int buildFlags(Invocation cmd) {
        return (cmd.has("build") ? 1 : 0) | (cmd.has("overwrite") ? 2 : 0) | (cmd.has("no-overwrite") ? 4 : 0);
    }
}
