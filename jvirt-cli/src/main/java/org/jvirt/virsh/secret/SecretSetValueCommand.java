package org.jvirt.virsh.secret;

import java.util.Base64;
import org.jvirt.Secret;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** secret-set-value SECRET [--file F] [--plain] [--interactive] [--base64 V]: the secret is looked up first. */
public final class SecretSetValueCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "file", "base64");
        Opts.exclusive(cmd, "plain", "base64");
        Opts.exclusive(cmd, "interactive", "plain");
        Opts.exclusive(cmd, "interactive", "file");
        Opts.exclusive(cmd, "interactive", "base64");
        Secret secret = Secrets.secret(sh, cmd, "secret");
        String b64 = cmd.string("base64");
        String file = cmd.string("file");
        byte[] value;
        if (b64 != null) {
            value = Base64.getDecoder().decode(b64.strip());
        } else if (file != null) {
            // a plain value is the file's bytes as they are; a base64 one is its text
            value = cmd.has("plain") ? XmlFiles.bytes(file) : Base64.getDecoder().decode(XmlFiles.read(file).strip());
        } else {
            sh.error("Input secret value is missing");
            return false;
        }
        try {
            secret.setValue(value, 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to set secret value", e);
        }
        sh.printExtra("Secret value set\n");
        return true;
    }
}
