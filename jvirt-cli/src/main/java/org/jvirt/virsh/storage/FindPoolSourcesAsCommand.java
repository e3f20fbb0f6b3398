package org.jvirt.virsh.storage;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * find-storage-pool-sources-as TYPE [--host H [--port P]] [--initiator IQN]: a &lt;source&gt; spec made of the
 * options, only when a host is given (the port and initiator alone are ignored, as virsh ignores them).
 */
public final class FindPoolSourcesAsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String type = cmd.string("type");
        String host = cmd.string("host");
        String initiator = cmd.string("initiator");
        String spec = null;
        if (host != null) {
            String port;
            try {
                port = cmd.string("port");
            } catch (OptionException e) {
                // virsh adds its own line after the option's complaint
                sh.error(e.getMessage());
                sh.error("missing argument");
                return false;
            }
            StringBuilder b = new StringBuilder("<source>\n  <host name='").append(host).append('\'');
            if (port != null) {
                b.append(" port='").append(port).append('\'');
            }
            b.append("/>\n");
            if (initiator != null) {
                b.append("  <initiator>\n    <iqn name='").append(initiator).append("'/>\n  </initiator>\n");
            }
            spec = b.append("</source>\n").toString();
        }
        return FindPoolSourcesCommand.find(sh, type, spec);
    }
}
