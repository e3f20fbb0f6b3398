package org.jvirt.virsh.secret;

import java.util.List;
import org.jvirt.Secret;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * secret-list [--ephemeral|--no-ephemeral] [--private|--no-private]: virConnectListAllSecrets, falling back to
 * the old count-and-list calls when the driver lacks it (virshSecretListCollect).
 */
public final class SecretListCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = (cmd.has("ephemeral") ? 1 : 0) | (cmd.has("no-ephemeral") ? 2 : 0) | (cmd.has("private") ? 4 : 0)
                | (cmd.has("no-private") ? 8 : 0);
        List<Secret> secrets;
        try {
            secrets = sh.conn().listAllSecrets(flags);
        } catch (VirtException e) {
            if (e.code() != ErrorCode.NO_SUPPORT) {
                throw sh.fail("Failed to list node secrets", e);
            }
            if (flags != 0) {
                sh.error("Filtering is not supported by this libvirt");
                return false;
            }
            try {
                sh.conn().numOfSecrets();
            } catch (VirtException e2) {
                throw sh.fail("Failed to count secrets", e2);
            }
            // a driver with the count but not the listing: none in jvirt
            throw sh.fail("Failed to list secrets", e);
        }
        StringBuilder b = new StringBuilder(String.format(" %-36s   %s%n", "UUID", "Usage"));
        b.append("-".repeat(63)).append('\n');
        for (Secret s : secrets) {
            b.append(String.format(" %-36s   %s%n", s.getUUIDString(), usage(s)));
        }
        sh.print(b.append('\n').toString());
        return true;
    }

    private static String usage(Secret s) {
        String[] types = {"none", "volume", "ceph", "iscsi", "tls", "vtpm"};
        int t = s.getUsageType();
        return t > 0 && t < types.length ? types[t] + " " + s.getUsageID() : "Unused";
    }
}
