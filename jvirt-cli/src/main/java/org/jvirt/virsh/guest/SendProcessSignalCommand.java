package org.jvirt.virsh.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** send-process-signal DOMAIN PID SIGNAME: a signal by number or name ("kill", "sigterm", "rt5"). */
public final class SendProcessSignalCommand implements Command {

    /** virDomainProcessSignal's names in enum order (0 "nop" .. 64 "rt32"). */
    private static final List<String> SIGNALS = signals();

    private static List<String> signals() {
        List<String> s = new ArrayList<>(List.of("nop", "hup", "int", "quit", "ill", "trap", "abrt", "bus", "fpe",
                "kill", "usr1", "segv", "usr2", "pipe", "alrm", "term", "stkflt", "chld", "cont", "stop", "tstp",
                "ttin", "ttou", "urg", "xcpu", "xfsz", "vtalrm", "prof", "winch", "poll", "pwr", "sys"));
        for (int i = 0; i <= 32; i++) {
            s.add("rt" + i);
        }
        return List.copyOf(s);
    }

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        long pid = cmd.longOpt("pid", 0);
        String name = cmd.string("signame");
        int signum = signal(name);
        if (signum < 0) {
            sh.error("malformed signal name: " + name);
            return false;
        }
        dom.sendProcessSignal(pid, signum, 0);
        return true;
    }

    private static int signal(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            // a name
        }
        if (s.startsWith("sig")) {
            s = s.substring(3);
        }
        return SIGNALS.indexOf(s);
    }
}
