package org.jvirt.virsh.storage;

import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** pool-define-as NAME TYPE [source and target options] [--print-xml]. */
public final class PoolDefineAsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String xml = PoolXmlArgs.build(cmd);
        String name = cmd.string("name");
        if (cmd.has("print-xml")) {
            sh.print(xml);
            return true;
        }
        try {
            sh.conn().storagePoolDefineXML(xml, 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to define pool " + name, e);
        }
        sh.printExtra("Pool " + name + " defined\n");
        return true;
    }
}
