package org.jvirt.virsh.block;

import org.jvirt.Domain;
import org.jvirt.spi.DomainBlockJobDriver.BlockJobInfo;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * blockjob DOMAIN PATH [--abort] [--async] [--pivot] [--info] [--raw] [--bytes] [--bandwidth N] (cmdBlockjob):
 * a bandwidth sets the job's speed, --abort/--async/--pivot end it, otherwise the job is shown.
 */
public final class BlockjobCommand implements Command {

    /** VIR_DOMAIN_BLOCK_JOB_ABORT_ASYNC, _PIVOT; VIR_DOMAIN_BLOCK_JOB_SPEED_BANDWIDTH_BYTES; _INFO_BANDWIDTH_BYTES. */
    private static final int ABORT_ASYNC = 1;
    private static final int ABORT_PIVOT = 2;
    private static final int SPEED_BYTES = 1;
    private static final int INFO_BYTES = 1;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "raw", "abort");
        Opts.exclusive(cmd, "raw", "async");
        Opts.exclusive(cmd, "raw", "pivot");
        Opts.exclusive(cmd, "raw", "bandwidth");
        Opts.exclusive(cmd, "info", "abort");
        Opts.exclusive(cmd, "info", "async");
        Opts.exclusive(cmd, "info", "pivot");
        Opts.exclusive(cmd, "info", "bandwidth");
        Opts.exclusive(cmd, "bytes", "abort");
        Opts.exclusive(cmd, "bytes", "async");
        Opts.exclusive(cmd, "bytes", "pivot");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String path = cmd.string("path");
        boolean bytes = cmd.has("bytes");
        if (cmd.has("bandwidth")) {
            long bw = BlockNumbers.bandwidth(cmd, bytes);
            dom.blockJobSetSpeed(path, bw, bytes ? SPEED_BYTES : 0);
            return true;
        }
        if (cmd.has("abort") || cmd.has("async") || cmd.has("pivot")) {
            dom.blockJobAbort(path, (cmd.has("async") ? ABORT_ASYNC : 0) | (cmd.has("pivot") ? ABORT_PIVOT : 0));
            return true;
        }
        BlockJobInfo info = dom.getBlockJobInfo(path, bytes ? INFO_BYTES : 0);
        if (info == null) {
            if (!cmd.has("raw")) {
                sh.printExtra("No current block job for " + path);
            }
            return true;
        }
        // no jvirt driver runs block jobs yet: the raw form is what scripts read
        sh.print(" type=" + info.type() + "\n bandwidth=" + Long.toUnsignedString(info.bandwidth())
                + "\n cur=" + Long.toUnsignedString(info.cur()) + "\n end=" + Long.toUnsignedString(info.end()) + "\n");
        return true;
    }
}
