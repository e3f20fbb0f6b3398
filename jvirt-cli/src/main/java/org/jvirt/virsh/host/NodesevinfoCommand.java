package org.jvirt.virsh.host;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodesevinfo: the host's SEV parameters. */
public final class NodesevinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        List<TypedParameter> params;
        try {
            params = sh.conn().nodeGetSEVInfo(0);
        } catch (VirtException e) {
            throw sh.fail("Unable to get host SEV information", e);
        }
        for (TypedParameter p : params) {
            sh.printf("%-18s: %s\n", p.field(), p.valueString());
        }
        return true;
    }
}
