package org.jvirt.virsh;

import java.util.List;

/**
 * vshTreePrint as snapshot-list --tree and checkpoint-list --tree use it: each moment under its parent, roots
 * being those without a parent (or the --from moment, whose own parent is not shown).
 */
public final class MomentTree {

    private final List<String> names;
    private final List<String> parents;
    private final String from;

    private MomentTree(List<String> names, List<String> parents, String from) {
        this.names = names;
        this.parents = parents;
        this.from = from;
    }

    /**
     * @param names the moments in listing order
     * @param parents each one's parent name (null for a root), same order
     * @param from the --from moment's name, or null
     */
    public static String render(List<String> names, List<String> parents, String from) {
        MomentTree t = new MomentTree(names, parents, from);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (t.parentOf(i) == null) {
                t.node(out, i, i, true, new StringBuilder());
            }
        }
        return out.toString();
    }

    private String parentOf(int i) {
        if (from != null && names.get(i).equals(from)) {
            return null;
        }
        return parents.get(i);
    }

    private void node(StringBuilder out, int dev, int lastdev, boolean root, StringBuilder indent) {
        String name = names.get(dev);
        out.append(indent).append(root ? "" : "+- ").append(name).append('\n');
        if (!root) {
            indent.append(dev == lastdev ? ' ' : '|').append(' ');
        }
        int nextlast = -1;
        for (int i = 0; i < names.size(); i++) {
            if (name.equals(parentOf(i))) {
                nextlast = i;
            }
        }
        if (nextlast != -1) {
            out.append(indent).append("  |\n");
        }
        indent.append("  ");
        for (int i = 0; i < names.size(); i++) {
            if (name.equals(parentOf(i))) {
                node(out, i, nextlast, false, indent);
            }
        }
        indent.setLength(indent.length() - 2);
        if (nextlast == -1 && dev == lastdev) {
            out.append(indent).append('\n');
        }
        if (!root) {
            indent.setLength(indent.length() - 2);
        }
    }
}
