package org.jvirt.virsh.block;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/**
 * blockcopy DOMAIN PATH [--dest F | --xml F] ... (cmdBlockcopy): an XML destination, a granularity or a buffer
 * size needs virDomainBlockCopy; a plain destination goes through virDomainBlockRebase with the COPY flag, as
 * virsh does. Waiting for the job is not implemented: no jvirt driver starts block jobs.
 */
public final class BlockcopyCommand implements Command {

    /** virDomainBlockRebaseFlags. */
    private static final int REBASE_SHALLOW = 1;
    private static final int REBASE_REUSE_EXT = 2;
    private static final int REBASE_COPY_RAW = 4;
    private static final int REBASE_COPY = 8;
    private static final int REBASE_BYTES = 64;
    private static final int REBASE_COPY_DEV = 32;
    /** virDomainBlockCopyFlags. */
    private static final int COPY_SHALLOW = 1;
    private static final int COPY_REUSE_EXT = 2;
    private static final int COPY_TRANSIENT = 4;
    private static final int COPY_SYNC_WRITES = 8;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "dest", "xml");
        Opts.exclusive(cmd, "format", "xml");
        Opts.exclusive(cmd, "blockdev", "xml");
        Opts.exclusive(cmd, "pivot", "finish");
        // virsh reads the numbers, then wants a destination, then checks how the options combine
        long bw = BlockNumbers.bandwidth(cmd, cmd.has("bytes"));
        long granularity = BlockNumbers.uint(cmd, "granularity");
        long bufSize = cmd.ullongOpt("buf-size", 0);
        BlockNumbers.timeoutMs(cmd);
        if (!cmd.has("dest") && !cmd.has("xml")) {
            sh.error("need either --dest or --xml");
            return false;
        }
        if (cmd.has("verbose") && !cmd.has("timeout") && !cmd.has("wait") && !cmd.has("pivot")
                && !cmd.has("finish")) {
            sh.error("--verbose requires at least one of --timeout, --wait, --pivot, or --finish");
            return false;
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String path = cmd.string("path");
        String dest = cmd.string("dest");
        String xmlFile = cmd.string("xml");
        boolean shallow = cmd.has("shallow");
        boolean reuse = cmd.has("reuse-external");
        if (xmlFile != null || cmd.has("granularity") || cmd.has("buf-size") || cmd.has("transient-job")
                || cmd.has("synchronous-writes")) {
            List<TypedParameter> params = new ArrayList<>();
            if (cmd.has("bandwidth")) {
                params.add(new TypedParameter.ULLong("bandwidth", cmd.has("bytes") ? bw : bw << 20));
            }
            if (cmd.has("granularity")) {
                params.add(new TypedParameter.UInt("granularity", granularity));
            }
            if (cmd.has("buf-size")) {
                params.add(new TypedParameter.ULLong("buf-size", bufSize));
            }
            String xml = xmlFile != null ? XmlFiles.read(xmlFile) : destXml(dest, cmd.string("format"),
                    cmd.has("blockdev"));
            dom.blockCopy(path, xml, params, (shallow ? COPY_SHALLOW : 0) | (reuse ? COPY_REUSE_EXT : 0)
                    | (cmd.has("transient-job") ? COPY_TRANSIENT : 0)
                    | (cmd.has("synchronous-writes") ? COPY_SYNC_WRITES : 0));
        } else {
            int flags = REBASE_COPY | (shallow ? REBASE_SHALLOW : 0) | (reuse ? REBASE_REUSE_EXT : 0)
                    | ("raw".equals(cmd.string("format")) ? REBASE_COPY_RAW : 0)
                    | (cmd.has("blockdev") ? REBASE_COPY_DEV : 0) | (cmd.has("bytes") ? REBASE_BYTES : 0);
            dom.blockRebase(path, dest, bw, flags);
        }
        sh.printExtra("Block Copy started");
        return true;
    }

    /** The <disk> virsh builds for a destination given by name. */
    private static String destXml(String dest, String format, boolean blockdev) {
        StringBuilder b = new StringBuilder("<disk type='").append(blockdev ? "block" : "file").append("'>\n");
        b.append("  <source ").append(blockdev ? "dev" : "file").append("='").append(escape(dest)).append("'/>\n");
        if (format != null) {
            b.append("  <driver type='").append(escape(format)).append("'/>\n");
        }
        return b.append("</disk>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("'", "&apos;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
