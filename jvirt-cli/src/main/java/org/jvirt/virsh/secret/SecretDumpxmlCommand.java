package org.jvirt.virsh.secret;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** secret-dumpxml SECRET [--xpath E] [--wrap]. */
public final class SecretDumpxmlCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        sh.print(Secrets.dump(Secrets.secret(sh, cmd, "secret").getXMLDesc(0), cmd));
        return true;
    }
}
