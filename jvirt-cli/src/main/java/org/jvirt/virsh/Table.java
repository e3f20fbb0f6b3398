package org.jvirt.virsh;

import java.util.ArrayList;
import java.util.List;

/**
 * vsh's table printer (vsh-table.c): a space before each cell, cells padded to the column width and
 * followed by two spaces except the last, and a dash line as long as the widths plus three per column.
 */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();

    public Table(String... header) {
        rows.add(header);
    }

    public Table add(String... row) {
        rows.add(row);
        return this;
    }

    /** vshTablePrintToStdout: --quiet drops the header, and the header's widths with it. */
    public void print(Shell sh) {
        sh.print(format(!sh.isQuiet()));
    }

    public String format() {
        return format(true);
    }

    /** vshTablePrint: without the header its cells do not count for the column widths either. */
    public String format(boolean header) {
        int n = rows.get(0).length;
        int[] w = new int[n];
        int first = header ? 0 : 1;
        for (String[] r : rows.subList(first, rows.size())) {
            for (int i = 0; i < n; i++) {
                w[i] = Math.max(w[i], width(r[i]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (int ri = first; ri < rows.size(); ri++) {
            String[] r = rows.get(ri);
            for (int i = 0; i < n; i++) {
                b.append(' ').append(r[i]);
                if (i < n - 1) {
                    b.repeat(' ', w[i] - width(r[i])).append("  ");
                }
            }
            b.append('\n');
            if (ri == 0) {
                int dashes = 0;
                for (int x : w) {
                    dashes += x + 3;
                }
                b.repeat('-', dashes).append('\n');
            }
        }
        return b.toString();
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }
}
