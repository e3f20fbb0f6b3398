package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code <perf>}: which perf events are enabled (libvirt's def->perf.events, virPerfEvent order). */
public final class PerfEvents {

    /** virPerfEvent's names in enum order. */
    public static final List<String> NAMES = List.of("cmt", "mbmt", "mbml", "cpu_cycles", "instructions",
            "cache_references", "cache_misses", "branch_instructions", "branch_misses", "bus_cycles",
            "stalled_cycles_frontend", "stalled_cycles_backend", "ref_cpu_cycles", "cpu_clock", "task_clock",
            "page_faults", "context_switches", "cpu_migrations", "page_faults_min", "page_faults_maj",
            "alignment_faults", "emulation_faults");

    private PerfEvents() {
    }

    /** Event name to enabled, for the events the element mentions (tristate: absent is "default"). */
    public static Map<String, Boolean> of(XmlNode n) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        if (n != null) {
            for (XmlNode e : n.children()) {
                m.put(e.attr("name"), "yes".equals(e.attr("enabled")));
            }
        }
        return m;
    }

    /** virDomainPerfDefFormat: the mentioned events in enum order; null when none. */
    public static XmlNode toNode(Map<String, Boolean> events) {
        List<XmlNode> kids = new ArrayList<>();
        for (String name : NAMES) {
            Boolean on = events.get(name);
            if (on != null) {
                kids.add(new XmlNode("event", List.of("name", name, "enabled", on ? "yes" : "no"), null, List.of()));
            }
        }
        return kids.isEmpty() ? null : new XmlNode("perf", List.of(), null, kids);
    }
}
