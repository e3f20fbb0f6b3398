package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-edit POOL: edit the inactive XML and redefine it (virsh-edit.c's loop). */
public final class PoolEditCommand implements Command {

    /** VIR_STORAGE_XML_INACTIVE. */
    private static final int INACTIVE = 1;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        String xml;
        try {
            xml = pool.getXMLDesc(INACTIVE);
        } catch (VirtException e) {
            // old daemons refuse the flag; the live XML then has to do
            if (e.code() != ErrorCode.INVALID_ARG) {
                throw e;
            }
            xml = pool.getXMLDesc(0);
        }
        Editor.Define define = (text, validate) -> text == null ? pool.getName()
                : sh.conn().storagePoolDefineXML(text, 0).getName();
        return Editor.edit(sh, xml, false, define,
                "Pool %s XML configuration not changed.\n", "Pool %s XML configuration edited.\n");
    }
}
