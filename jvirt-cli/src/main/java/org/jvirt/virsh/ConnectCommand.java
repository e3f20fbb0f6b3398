package org.jvirt.virsh;

import org.jvirt.virsh.vsh.Invocation;

/** connect [name] [--readonly]: replaces the connection (virshReconnect). */
final class ConnectCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String name = cmd.string("name");
        return sh.reconnect(name != null ? name : sh.connname(), cmd.has("readonly"));
    }
}
