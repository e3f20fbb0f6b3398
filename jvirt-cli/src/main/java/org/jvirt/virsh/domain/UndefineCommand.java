package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** undefine [--managed-save] [--snapshots-metadata] [--checkpoints-metadata] [--nvram] [--keep-nvram] [--keep-tpm]. */
public final class UndefineCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "nvram", "keep-nvram");
        Opts.exclusive(cmd, "keep-tpm", "tpm");
        int flags = (cmd.has("managed-save") ? 1 : 0) | (cmd.has("snapshots-metadata") ? 2 : 0) | (cmd.has("nvram") ? 4 : 0)
                | (cmd.has("keep-nvram") ? 8 : 0) | (cmd.has("checkpoints-metadata") ? 16 : 0)
                | (cmd.has("tpm") ? 32 : 0) | (cmd.has("keep-tpm") ? 64 : 0);
        if (cmd.has("storage") || cmd.has("remove-all-storage")) {
            Domain dom = sh.domain(cmd);
            if (dom == null) {
                return false;
            }
            if (dom.isActive()) {
                sh.error("Storage volume deletion is supported only on stopped domains");
                return false;
            }
            sh.error("Storage volume deletion is not supported by jvirsh");
            return false;
        }
        return Dom.act(sh, cmd, d -> d.undefine(flags), "Domain '%s' has been undefined\n", "Failed to undefine domain '%s'");
    }
}
