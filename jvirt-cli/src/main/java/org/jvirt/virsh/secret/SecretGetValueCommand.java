package org.jvirt.virsh.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** secret-get-value SECRET [--plain]: the value in base64, or as it is. */
public final class SecretGetValueCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        byte[] value = Secrets.secret(sh, cmd, "secret").getValue(0);
        sh.print(cmd.has("plain") ? new String(value, StandardCharsets.UTF_8)
                : Base64.getEncoder().encodeToString(value) + "\n");
        return true;
    }
}
