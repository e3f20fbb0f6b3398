package org.jvirt.virsh.nodedev;

import java.util.List;

/** vshTreePrint: a node, a "|" line before its children, "+- " before each child, a blank line after a last leaf. */
final class Trees {

    private Trees() {
    }

    static void print(StringBuilder out, List<String> names, List<String> parents, int root) {
        node(out, names, parents, root, root, true, new StringBuilder());
    }

    private static void node(StringBuilder out, List<String> names, List<String> parents, int dev, int lastdev,
            boolean root, StringBuilder indent) {
        String name = names.get(dev);
        out.append(indent).append(root ? "" : "+- ").append(name).append('\n');
        if (!root) {
            indent.append(dev == lastdev ? ' ' : '|').append(' ');
        }
        int nextlast = -1;
        for (int i = 0; i < names.size(); i++) {
            if (name.equals(parents.get(i))) {
                nextlast = i;
            }
        }
        if (nextlast != -1) {
            out.append(indent).append("  |\n");
        }
        indent.append("  ");
        for (int i = 0; i < names.size(); i++) {
            if (name.equals(parents.get(i))) {
                node(out, names, parents, i, nextlast, false, indent);
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
