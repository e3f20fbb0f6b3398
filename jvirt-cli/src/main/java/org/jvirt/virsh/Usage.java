package org.jvirt.virsh;

import org.jvirt.virsh.vsh.CommandDef;
import org.jvirt.virsh.vsh.CommandTable;

/** virshUsage (-h): the program options, then the commands this build knows, grouped. */
final class Usage {

    private Usage() {
    }

    static void print(Shell sh) {
        StringBuilder b = new StringBuilder();
        b.append("\nvirsh [options]... [<command_string>]\n")
                .append("virsh [options]... <command> [args...]\n\n")
                .append("  options:\n")
                .append("    -c | --connect=URI      hypervisor connection URI\n")
                .append("    -d | --debug=NUM        debug level [0-4]\n")
                .append("    -e | --escape <char>    set escape sequence for console\n")
                .append("    -h | --help             this help\n")
                .append("    -k | --keepalive-interval=NUM\n")
                .append("                            keepalive interval in seconds, 0 for disable\n")
                .append("    -K | --keepalive-count=NUM\n")
                .append("                            number of possible missed keepalive messages\n")
                .append("    -l | --log=FILE         output logging to file\n")
                .append("    -q | --quiet            quiet mode\n")
                .append("    -r | --readonly         connect readonly\n")
                .append("    -t | --timing           print timing information\n")
                .append("    -v                      short version\n")
                .append("    -V                      long version\n")
                .append("         --version[=TYPE]   version, TYPE is short or long (default short)\n")
                .append("  commands (non interactive mode):\n\n");
        for (CommandTable.Group g : CommandTable.get().groups()) {
            b.append(' ').append(g.title()).append(" (help keyword '").append(g.keyword()).append("')\n");
            for (CommandDef d : g.commands()) {
                b.append(String.format("    %-30s %s\n", d.name(), d.summary()));
            }
            b.append('\n');
        }
        b.append("\n  (specify help <group> for details about the commands in the group)\n\n")
                .append("  (specify help <command> for details about the command)\n\n");
        sh.print(b.toString());
    }
}
