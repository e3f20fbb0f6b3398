package org.jvirt.virsh.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jvirt.Domain;
import org.jvirt.DomainTime;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * domtime [--now] [--pretty] [--sync] [--time N]: virDomainGetTime, the guest time as seconds or, with --pretty,
 * in local time. Setting (virDomainSetTime) is not in the API yet, so --now/--sync/--time report it unsupported.
 */
public final class DomtimeCommand implements Command {

    private static final DateTimeFormatter PRETTY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "time", "now");
        Opts.exclusive(cmd, "time", "sync");
        Opts.exclusive(cmd, "now", "sync");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        if (cmd.has("time")) {
            cmd.longOpt("time", 0); // vshCommandOptLongLong: a malformed number is reported first
        }
        if (cmd.has("now") || cmd.has("sync") || cmd.has("time")) {
            throw org.jvirt.spi.Unsupported.call("virDomainSetTime");
        }
        DomainTime t = dom.getTime(0);
        // virsh prints the time without a newline; the one after every command ends the line
        if (cmd.has("pretty")) {
            sh.print("Time: " + PRETTY.format(Instant.ofEpochSecond(t.seconds()).atZone(ZoneId.systemDefault())));
        } else {
            sh.print("Time: " + t.seconds());
        }
        return true;
    }
}
