package org.jvirt.virsh.secret;

import org.jvirt.Secret;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * secret-event [--secret S] [--event lifecycle|value-changed] [--loop] [--timeout N] [--list] [--timestamp].
 * jvirt has no secret driver, so registration is where it ends: with libvirt's refusal.
 */
public final class SecretEventCommand implements Command {

    private static final String[] EVENTS = {"lifecycle", "value-changed"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        if (cmd.has("list")) {
            StringBuilder b = new StringBuilder();
            for (String e : EVENTS) {
                b.append(e).append('\n');
            }
            sh.print(b.toString());
            return true;
        }
        String event = cmd.string("event");
        if (event == null) {
            sh.error("either --list or --event <type> is required");
            return false;
        }
        int id = java.util.Arrays.asList(EVENTS).indexOf(event);
        if (id < 0) {
            sh.error("unknown event type " + event);
            return false;
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
