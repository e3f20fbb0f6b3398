package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The guest NUMA cells inside {@code <cpu>}: {@code <cell id cpus memory unit discard memAccess>} with optional
 * {@code <distances>}. Memory is stored in KiB; distances are completed as libvirt does (symmetric, 10 to self).
 */
final class NumaXml {

    private static final int LOCAL_DISTANCE = 10;

    private NumaXml() {
    }

    static XmlNode parse(Element numa) {
        if (numa == null) {
            return null;
        }
        List<Element> cells = Dom.children(numa, "cell");
        if (cells.isEmpty()) {
            return null;
        }
        int n = cells.size();
        List<String[]> attrs = new ArrayList<>();
        int[][] dist = new int[n][];
        for (int i = 0; i < n; i++) {
            Element c = cells.get(i);
            String idText = Dom.attr(c, "id");
            int id = i;
            if (idText != null) {
                Integer v = Units.parseIntStrict(idText);
                if (v == null || v < 0) {
                    throw Err.xml("Invalid 'id' attribute in NUMA cell: '%s'", idText);
                }
                if (v != i) {
                    throw Err.xml("Invalid 'id' attribute in NUMA cell: '%s'. Expected '%d'", idText, i);
                }
                id = v;
            }
            String cpus = Dom.attr(c, "cpus");
            String memory = Dom.attr(c, "memory");
            if (memory == null) {
                throw Err.xml("Missing 'memory' attribute in NUMA cell");
            }
            long value = Units.parseULong(memory);
            if (value < 0) {
                throw Err.xml("Invalid 'memory' attribute in NUMA cell");
            }
            long kib = (value * Units.scale(Dom.attr(c, "unit"), 1024) + 1023) / 1024;
            String discard = Err.oneOf(Dom.attr(c, "discard"), "discard", "cell", "yes", "no");
            String access = Err.oneOf(Dom.attr(c, "memAccess"), "memAccess", "cell", "shared", "private");
            attrs.add(new String[] {Integer.toString(id), cpus == null ? null : CpuSet.normalize(cpus),
                    Long.toString(kib), discard, access});
            for (Element s : Dom.children(Dom.child(c, "distances"), "sibling")) {
                Integer sid = Units.parseIntStrict(Dom.attr(s, "id"));
                Integer val = Units.parseIntStrict(Dom.attr(s, "value"));
                if (sid == null || sid < 0 || sid >= n) {
                    throw Err.xml("'sibling_id' attribute %s for <distances> in NUMA cell %d must be in range "
                            + "[0..%d]", Dom.attr(s, "id"), i, n - 1);
                }
                if (val == null || val < LOCAL_DISTANCE || val > 255) {
                    throw Err.xml("'value' attribute %s for <distances> in NUMA cell %d must be in range [10..255]",
                            Dom.attr(s, "value"), i);
                }
                if (dist[i] == null) {
                    dist[i] = new int[n];
                }
                dist[i][sid] = val;
                if (dist[sid] == null) {
                    dist[sid] = new int[n];
                }
                if (dist[sid][i] == 0) {
                    dist[sid][i] = val;
                }
                if (dist[sid][sid] == 0) {
                    dist[sid][sid] = LOCAL_DISTANCE;
                }
            }
            if (dist[i] != null && dist[i][i] == 0) {
                dist[i][i] = LOCAL_DISTANCE;
            }
        }
        List<XmlNode> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String[] a = attrs.get(i);
            List<String> l = new ArrayList<>(List.of("id", a[0]));
            if (a[1] != null) {
                l.addAll(List.of("cpus", a[1]));
            }
            l.addAll(List.of("memory", a[2], "unit", "KiB"));
            if (a[3] != null) {
                l.addAll(List.of("discard", a[3]));
            }
            if (a[4] != null) {
                l.addAll(List.of("memAccess", a[4]));
            }
            List<XmlNode> kids = new ArrayList<>();
            if (dist[i] != null) {
                List<XmlNode> sib = new ArrayList<>();
                for (int j = 0; j < n; j++) {
                    if (dist[i][j] != 0) {
                        sib.add(new XmlNode("sibling", List.of("id", Integer.toString(j), "value",
                                Integer.toString(dist[i][j])), null, List.of()));
                    }
                }
                kids.add(new XmlNode("distances", List.of(), null, sib));
            }
            out.add(new XmlNode("cell", l, null, kids));
        }
        return new XmlNode("numa", List.of(), null, out);
    }

    /** How many vCPUs the cells name in all (virDomainNumaGetCPUCountTotal). */
    static int cpuCount(XmlNode numa) {
        int n = 0;
        if (numa != null) {
            for (XmlNode c : numa.children()) {
                String cpus = c.attr("cpus");
                if (cpus != null) {
                    for (String part : cpus.split(",")) {
                        int dash = part.indexOf('-');
                        if (dash < 0) {
                            n++;
                        } else {
                            n += Integer.parseInt(part.substring(dash + 1).strip())
                                    - Integer.parseInt(part.substring(0, dash).strip()) + 1;
                        }
                    }
                }
            }
        }
        return n;
    }
}
