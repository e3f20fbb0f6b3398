package org.jvirt.virsh.guest;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** set-user-password DOMAIN USER PASSWORD [--encrypted]. */
public final class SetUserPasswordCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String user = cmd.string("user");
        String password = cmd.string("password");
        dom.setUserPassword(user, password, cmd.has("encrypted") ? 1 : 0);
        sh.printExtra("Password set successfully for " + user + " in " + dom.getName());
        return true;
    }
}
