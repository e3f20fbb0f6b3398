package org.jvirt.virsh.secret;

import org.jvirt.Secret;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** secret-undefine SECRET. */
public final class SecretUndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Secret secret = Secrets.secret(sh, cmd, "secret");
        String uuid = cmd.string("secret");
        return sh.act(secret, uuid, Secret::undefine, "Secret %s deleted\n", "Failed to delete secret %s");
    }
}
