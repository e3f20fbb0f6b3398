package org.jvirt.virsh.domain;

import org.jvirt.virsh.EchoCommand;
import org.jvirt.virsh.vsh.OptionException;

/** The --mode list of shutdown and reboot (virDomainShutdownFlagValues). */
final class Modes {

    private Modes() {
    }

    /** shutdown's message has a comma before "or", reboot's has none (as in virsh 9.0). */
    static int parse(String modes) {
        return parse(modes, ", or");
    }

    static int parse(String modes, String or) {
        if (modes == null) {
            return 0;
        }
        int flags = 0;
        for (String m : EchoCommand.splitCommas(modes)) {
            flags |= switch (m) {
                case "acpi" -> 1;
                case "agent" -> 2;
                case "initctl" -> 4;
                case "signal" -> 8;
                case "paravirt" -> 16;
                default -> throw new OptionException("Unknown mode " + m
                        + " value, expecting 'acpi', 'agent', 'initctl', 'signal'" + or + " 'paravirt'");
            };
        }
        return flags;
    }
}
