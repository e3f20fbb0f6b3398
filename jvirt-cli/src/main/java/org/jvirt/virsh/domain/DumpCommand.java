package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** dump DOMAIN FILE [--live] [--crash] [--bypass-cache] [--reset] [--memory-only] [--format F]. */
public final class DumpCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String to = cmd.string("file");
        String format = cmd.string("format");
        if (format != null && !cmd.has("memory-only")) {
            sh.error("--format only works with --memory-only");
            return false;
        }
        int fmt = 0;
        if (format != null) {
            fmt = switch (format) {
                case "elf" -> 0;
                case "kdump-zlib" -> 1;
                case "kdump-lzo" -> 2;
                case "kdump-snappy" -> 3;
                case "win-dmp" -> 4;
                default -> throw new OptionException("format '" + format + "' is not supported, expecting 'kdump-zlib', 'kdump-lzo', 'kdump-snappy', 'win-dmp' or 'elf'");
            };
        }
        int flags = (cmd.has("crash") ? 1 : 0) | (cmd.has("live") ? 2 : 0) | (cmd.has("bypass-cache") ? 4 : 0)
                | (cmd.has("reset") ? 8 : 0) | (cmd.has("memory-only") ? 16 : 0);
        int f = fmt;
        return Dom.act(sh, cmd, d -> { d.coreDumpWithFormat(to, f, flags); sh.jobDone(cmd, "Dump"); sh.printExtra("\n"); },
                "Domain '%s' dumped to " + to.replace("%", "%%") + "\n", "Failed to core dump domain '%s' to " + to.replace("%", "%%"));
    }
}
