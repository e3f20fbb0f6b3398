package org.jvirt.virsh.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jvirt.Domain;
import org.jvirt.DomainTime;
import org.jvirt.flags.DomainTimeFlag;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * domtime [--now] [--pretty] [--sync] [--time N]: with --time, --now (the host's clock) or --sync
 * (virDomainSetTime with VIR_DOMAIN_TIME_SYNC and time 0) it sets the guest clock and prints nothing, --pretty
 * then being ignored; otherwise virDomainGetTime, as seconds or, with --pretty, as a UTC date.
 */
public final class DomtimeCommand implements Command {

    /** %Y is the year unpadded (year 1 prints as "1"), the rest two digits. */
    private static final DateTimeFormatter PRETTY = DateTimeFormatter.ofPattern("u-MM-dd HH:mm:ss");
    /** GDateTime's range (years 1 to 9999); virsh prints "(null)" for a time outside it. */
    private static final long MIN_PRETTY = -62135596800L;
    private static final long MAX_PRETTY = 253402300799L;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "time", "now");
        Opts.exclusive(cmd, "time", "sync");
        Opts.exclusive(cmd, "now", "sync");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        // vshCommandOptLongLong after the domain lookup: a malformed number is reported before any call
        long seconds = cmd.longOpt("time", 0);
        boolean now = cmd.has("now");
        boolean sync = cmd.has("sync");
        if (cmd.has("time") || now || sync) {
            if (now) {
                seconds = Instant.now().getEpochSecond();
            }
            dom.setTime(seconds, 0, sync ? DomainTimeFlag.SYNC.value() : 0);
            return true;
        }
        DomainTime t = dom.getTime(0);
        // virsh prints the time without a newline; the one after every command ends the line
        sh.print("Time: " + (cmd.has("pretty") ? pretty(t.seconds()) : Long.toString(t.seconds())));
        return true;
    }

    /** g_date_time_new_from_unix_utc + "%Y-%m-%d %H:%M:%S": always UTC, whatever TZ says. */
    private static String pretty(long seconds) {
        if (seconds < MIN_PRETTY || seconds > MAX_PRETTY) {
            return "(null)";
        }
        return PRETTY.format(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC));
    }
}
