package org.jvirt.virsh.secret;

import java.util.List;
import org.jvirt.Secret;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.EventWait;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * secret-event [--secret S] [--event lifecycle|value-changed] [--loop] [--timeout N] [--list] [--timestamp].
 * jvirt has no secret driver, so registration is where it ends: with libvirt's refusal.
 */
public final class SecretEventCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int id = EventWait.eventId(sh, cmd, List.of("lifecycle", "value-changed"));
        if (id < 0) {
            return id == EventWait.LISTED;
        }
        Secret secret = null;
        if (cmd.has("secret")) {
            // virsh carries on with every secret when the lookup fails
            String name = cmd.string("secret");
            try {
                secret = sh.conn().secretLookupByUUIDString(name);
            } catch (VirtException e) {
                sh.error("failed to get secret '" + name + "'");
            }
        }
        sh.conn().secretEventRegisterAny(secret, id);
        return true;
    }
}
