package org.jvirt.virsh;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.virsh.vsh.Invocation;

/** echo [--shell] [--xml] [--split] [--err] words: virsh's internal test command. */
public final class EchoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        boolean shell = cmd.has("shell");
        boolean xml = cmd.has("xml");
        boolean split = cmd.has("split");
        List<String> words = new ArrayList<>();
        for (String a : cmd.argv()) {
            if (split) {
                words.addAll(splitCommas(a));
            } else {
                words.add(a);
            }
        }
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(split ? "\n" : " ");
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
        if (cmd.has("err")) {
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
