package org.jvirt.virsh.secret;

import org.jvirt.Secret;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** secret-define FILE [--validate]. */
public final class SecretDefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("validate") ? 1 : 0;
        return XmlFiles.make(sh, cmd, xml -> sh.conn().secretDefineXML(xml, flags), Secret::getUUIDString,
                "Failed to set attributes from %s", "Secret %s created\n");
    }
}
