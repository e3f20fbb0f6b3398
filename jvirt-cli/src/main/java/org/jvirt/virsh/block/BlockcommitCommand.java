package org.jvirt.virsh.block;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * blockcommit DOMAIN PATH [--base B] [--shallow] [--top T] [--active] [--delete] [--wait] [--verbose]
 * [--timeout S] [--pivot] [--keep-overlay] [--async] [--keep-relative] [--bandwidth N] [--bytes]
 * (cmdBlockcommit). Waiting for the job is not implemented: no jvirt driver starts block jobs.
 */
public final class BlockcommitCommand implements Command {

    /** virDomainBlockCommitFlags. */
    private static final int SHALLOW = 1;
    private static final int DELETE = 2;
    private static final int ACTIVE = 4;
    private static final int RELATIVE = 8;
    private static final int BYTES = 16;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "pivot", "keep-overlay");
        // virsh reads the numbers before it checks how the options combine
        long bw = BlockNumbers.bandwidth(cmd, cmd.has("bytes"));
        BlockNumbers.timeoutMs(cmd);
        if (cmd.has("verbose") && !cmd.has("timeout") && !cmd.has("wait") && !cmd.has("pivot")
                && !cmd.has("keep-overlay")) {
            sh.error("--verbose requires at least one of --timeout, --wait, --pivot, or --keep-overlay");
            return false;
        }
        if (cmd.has("async") && !cmd.has("timeout") && !cmd.has("wait") && !cmd.has("pivot")
                && !cmd.has("keep-overlay")) {
            sh.error("--async requires at least one of --timeout, --wait, --pivot, or --keep-overlay");
            return false;
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String path = cmd.string("path");
        int flags = (cmd.has("shallow") ? SHALLOW : 0) | (cmd.has("delete") ? DELETE : 0)
                | (cmd.has("active") || cmd.has("pivot") || cmd.has("keep-overlay") ? ACTIVE : 0)
                | (cmd.has("keep-relative") ? RELATIVE : 0) | (cmd.has("bytes") ? BYTES : 0);
        dom.blockCommit(path, cmd.string("base"), cmd.string("top"), bw, flags);
        sh.printExtra("Block Commit started");
        return true;
    }
}
