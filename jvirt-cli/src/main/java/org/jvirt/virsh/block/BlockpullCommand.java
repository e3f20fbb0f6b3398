package org.jvirt.virsh.block;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * blockpull DOMAIN PATH [--bandwidth N] [--base B] [--wait [--verbose] [--timeout S] [--async]] [--keep-relative]
 * [--bytes] (cmdBlockpull): with a base (or --keep-relative) virDomainBlockRebase, else virDomainBlockPull.
 * Waiting for the job is not implemented: no jvirt driver starts block jobs, so the call fails first.
 */
public final class BlockpullCommand implements Command {

    /** VIR_DOMAIN_BLOCK_PULL_BANDWIDTH_BYTES; VIR_DOMAIN_BLOCK_REBASE_RELATIVE, _BANDWIDTH_BYTES. */
    private static final int PULL_BYTES = 64;
    private static final int REBASE_RELATIVE = 16;
    private static final int REBASE_BYTES = 64;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // virsh reads the numbers before it checks how the options combine
        long bw = BlockNumbers.bandwidth(cmd, cmd.has("bytes"));
        BlockNumbers.timeoutMs(cmd);
        Opts.require(cmd, "verbose", "wait");
        Opts.require(cmd, "async", "wait");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String path = cmd.string("path");
        String base = cmd.string("base");
        boolean bytes = cmd.has("bytes");
        if (base != null || cmd.has("keep-relative")) {
            dom.blockRebase(path, base, bw, (cmd.has("keep-relative") ? REBASE_RELATIVE : 0) | (bytes ? REBASE_BYTES : 0));
        } else {
            dom.blockPull(path, bw, bytes ? PULL_BYTES : 0);
        }
        sh.printExtra("Block Pull started");
        return true;
    }
}
