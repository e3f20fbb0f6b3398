package org.jvirt.virsh;

import org.jvirt.virsh.vsh.CommandDef;
import org.jvirt.virsh.vsh.CommandTable;
import org.jvirt.virsh.vsh.Invocation;

/** help [command|group]: texts recorded from virsh ({@code CommandData}). */
final class HelpCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        CommandTable t = CommandTable.get();
        String name = cmd.raw("command");
        if (name == null) {
            StringBuilder b = new StringBuilder("Grouped commands:\n\n");
            for (CommandTable.Group g : t.groups()) {
                group(b, g);
                b.append('\n');
            }
            sh.print(b.toString());
            return true;
        }
        CommandDef def = t.find(name);
        if (def != null) {
            sh.print(def.help());
            return true;
        }
        for (CommandTable.Group g : t.groups()) {
            if (g.keyword().equals(name) || g.title().equals(name)) {
                StringBuilder b = new StringBuilder();
                group(b, g);
                sh.print(b.toString());
                return true;
            }
        }
        sh.error("command or command group '" + name + "' doesn't exist");
        return false;
    }

    private static void group(StringBuilder b, CommandTable.Group g) {
        b.append(' ').append(g.title()).append(" (help keyword '").append(g.keyword()).append("'):\n");
        for (CommandDef d : g.commands()) {
            b.append(String.format("    %-30s %s\n", d.name(), d.summary()));
        }
    }
}
