package org.jvirt.virsh.host;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** domxml-from-native FORMAT CONFIG: a native configuration file as domain XML. */
public final class DomxmlFromNativeCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String format = cmd.string("format");
        String config = XmlFiles.read(cmd.string("config"));
        sh.print(sh.conn().domainXMLFromNative(format, config, 0));
        return true;
    }
}
