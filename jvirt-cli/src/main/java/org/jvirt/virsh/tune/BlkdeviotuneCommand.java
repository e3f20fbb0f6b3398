package org.jvirt.virsh.tune;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.domain.Dom;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * blkdeviotune DOMAIN DEVICE [--total-bytes-sec N ...] [--group-name G] (cmdBlkdeviotune): without limits prints
 * the disk's twenty throttling parameters, with them sets every limit given (0 included). Byte rates are scaled
 * integers (default bytes); the other numbers are plain unsigned integers.
 */
public final class BlkdeviotuneCommand implements Command {

    /** Options in virsh's order; true for the scaled (bytes) ones. */
    private static final String[] OPTS = {"total-bytes-sec", "read-bytes-sec", "write-bytes-sec", "total-iops-sec",
        "read-iops-sec", "write-iops-sec", "total-bytes-sec-max", "read-bytes-sec-max", "write-bytes-sec-max",
        "total-iops-sec-max", "read-iops-sec-max", "write-iops-sec-max", "size-iops-sec", "group-name",
        "total-bytes-sec-max-length", "read-bytes-sec-max-length", "write-bytes-sec-max-length",
        "total-iops-sec-max-length", "read-iops-sec-max-length", "write-iops-sec-max-length"};

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        return Dom.withImpact(sh, cmd, (dom, flags) -> run(sh, cmd, dom, flags));
    }

    private static boolean run(Shell sh, Invocation cmd, Domain dom, int flags) {
        String disk = cmd.string("device");
        List<TypedParameter> set = new ArrayList<>();
        for (String opt : OPTS) {
            String v;
            try {
                v = cmd.string(opt);
            } catch (OptionException e) {
                // an empty --group-name: virsh names the option it could not read
                sh.error(e.getMessage());
                sh.error("Unable to parse " + opt + " parameter");
                return false;
            }
            if (v == null) {
                continue;
            }
            String field = opt.replace('-', '_');
            if (opt.equals("group-name")) {
                set.add(new TypedParameter.Str(field, v));
                continue;
            }
            try {
                long n = opt.contains("bytes-sec") && !opt.endsWith("-length")
                        ? cmd.scaled(opt, 1, -1L)
                        : plain(v, opt);
                set.add(new TypedParameter.ULLong(field, n));
            } catch (OptionException e) {
                sh.error(e.getMessage());
                sh.error("Unable to parse integer parameter");
                if (e.libvirtError() != null) {
                    sh.report(e.libvirtError());
                }
                return false;
            }
        }
        if (set.isEmpty()) {
            try {
                dom.getBlockIoTune(null, flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to get number of block I/O throttle parameters", e);
            }
            List<TypedParameter> params;
            try {
                params = dom.getBlockIoTune(disk, flags);
            } catch (VirtException e) {
                throw sh.fail("Unable to get block I/O throttle parameters", e);
            }
            Params.print(sh, params);
            return true;
        }
        try {
            dom.setBlockIoTune(disk, set, flags);
        } catch (VirtException e) {
            throw sh.fail("Unable to change block I/O throttle", e);
        }
        return true;
    }

    /** vshCommandOptULongLong: virStrToLong_ullp over the whole value (leading blanks and '+' allowed). */
    private static long plain(String v, String opt) {
        String bad = "Numeric value '" + v + "' for <" + opt + "> option is malformed or out of range";
        String s = v.stripLeading();
        s = s.startsWith("+") ? s.substring(1) : s;
        if (s.isEmpty() || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new OptionException(bad);
        }
        try {
            return Long.parseUnsignedLong(s);
        } catch (NumberFormatException e) {
            throw new OptionException(bad);
        }
    }
}
