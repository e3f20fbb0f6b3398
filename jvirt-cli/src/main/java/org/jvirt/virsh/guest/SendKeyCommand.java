package org.jvirt.virsh.guest;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** send-key DOMAIN [--codeset SET] [--holdtime MS] KEY...: keys by number or by name (linux codeset names). */
public final class SendKeyCommand implements Command {

    /** virKeycodeSet's names in enum order. */
    private static final List<String> CODESETS = List.of("linux", "xt", "atset1", "atset2", "atset3", "os_x",
            "xt_kbd", "win32", "usb", "rfb", "qnum");
    private static final int MAX_KEYS = 16;

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String cs = cmd.string("codeset");
        int codeset = 0;
        if (cs != null) {
            codeset = CODESETS.indexOf(cs);
            if (codeset < 0) {
                sh.error("unknown codeset: '" + cs + "'");
                return false;
            }
        }
        int holdtime = cmd.has("holdtime") ? cmd.uintOpt("holdtime", 0) : 0;
        List<String> keys = cmd.argv();
        if (keys.size() > MAX_KEYS) {
            sh.error("too many keycodes");
            return false;
        }
        int[] codes = new int[keys.size()];
        for (int i = 0; i < codes.length; i++) {
            Integer c = code(keys.get(i), codeset);
            if (c == null) {
                sh.error("invalid keycode: '" + keys.get(i) + "'");
                return false;
            }
            codes[i] = c;
        }
        dom.sendKey(codeset, holdtime, codes, 0);
        return true;
    }

    /** virshKeyCodeGetInt (a number up to 0xffff, any base prefix), else a name of the codeset. */
    private static Integer code(String s, int codeset) {
        try {
            long v = Long.decode(s.strip());
            if (v >= 0 && v <= 0xffff) {
                return (int) v;
            }
        } catch (NumberFormatException e) {
            // a name, then
        }
        return codeset == 0 ? LinuxKeys.CODES.get(s) : null;
    }
}
