package org.jvirt.virsh;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.virsh.vsh.Invocation;

/** echo [--shell] [--xml] [--split] [--err] words: virsh's internal test command. */
public final class EchoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "shell", "xml");
        Opts.exclusive(cmd, "shell", "split");
        Opts.exclusive(cmd, "xml", "split");
        boolean shell = cmd.has("shell");
        boolean xml = cmd.has("xml");
        boolean split = cmd.has("split");
        StringBuilder b = new StringBuilder();
        List<String> args = cmd.argv();
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            if (i > 0) {
                b.append(' ');
            }
            if (split) {
                // each piece ends its own line; the words stay joined by a space, as virsh 9.0 prints them
                for (String piece : w.isEmpty() ? List.<String>of() : splitCommas(w)) {
                    b.append(piece).append('\n');
                }
                continue;
            }
            if (xml) {
                w = w.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&apos;");
            }
            if (shell && (w.isEmpty() || w.chars().anyMatch(c -> " \t\n\\'\"`$|&;<>()*?[]#~=%!{}".indexOf(c) >= 0))) {
                w = "'" + w.replace("'", "'\\''") + "'";
            }
            b.append(w);
        }
        // with no word at all there is nothing to report, even with --err; an empty word is still an (empty) error
        if (cmd.has("err") && !args.isEmpty()) {
            sh.error(b.toString());
        } else {
            sh.print(b.toString());
        }
        return true;
    }

    /** vshStringToArray: ',' separates, ',,' is a literal comma. */
    public static List<String> splitCommas(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                if (i + 1 < s.length() && s.charAt(i + 1) == ',') {
                    cur.append(',');
                    i++;
                } else {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
