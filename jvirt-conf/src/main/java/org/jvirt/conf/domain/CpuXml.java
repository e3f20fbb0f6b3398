package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** The guest {@code <cpu>}: mode, match/check, model, vendor, topology, feature policies. */
final class CpuXml {

    private CpuXml() {
    }

    static CpuDef parse(Element root) {
        Element c = Dom.child(root, "cpu");
        if (c == null) {
            return null;
        }
        String mode = Err.oneOf(Dom.attr(c, "mode"), "mode", "cpu", "custom", "host-model", "host-passthrough",
                "maximum");
        String match = Err.oneOf(Dom.attr(c, "match"), "match", "cpu", "minimum", "exact", "strict");
        String check = Err.oneOf(Dom.attr(c, "check"), "check", "cpu", "none", "partial", "full");
        String migratable = Err.oneOf(Dom.attr(c, "migratable"), "migratable", "cpu", "on", "off");
        Element m = Dom.child(c, "model");
        String model = null;
        String fallback = null;
        String vendorId = null;
        if (m != null) {
            model = m.getTextContent().strip();
            if (model.isEmpty()) {
                throw Err.xml("Missing CPU model name");
            }
            fallback = Err.oneOf(Dom.attr(m, "fallback"), "fallback", "model", "allow", "forbid");
            vendorId = Dom.attr(m, "vendor_id");
        }
        if (mode == null) {
            mode = "custom";
        }
        if (mode.equals("custom") && match == null && model != null) {
            match = "exact";
        }
        String vendor = Dom.childTextTrimmed(c, "vendor");
        CpuDef.Topology topo = null;
        Element t = Dom.child(c, "topology");
        if (t != null) {
            topo = new CpuDef.Topology(topoValue(t, "sockets"), topoValue(t, "dies"), topoValue(t, "cores"),
                    topoValue(t, "threads"));
        }
        List<CpuDef.Feature> features = new ArrayList<>();
        for (Element f : Dom.children(c, "feature")) {
            String name = Dom.attr(f, "name");
            if (name == null) {
                throw Err.xml("Missing 'name' attribute for CPU feature");
            }
            String policy = Err.oneOf(Dom.attr(f, "policy"), "policy", "feature", "force", "require", "optional",
                    "disable", "forbid");
            features.add(new CpuDef.Feature(policy == null ? "require" : policy, name));
        }
        return new CpuDef(mode, match, check, migratable, model, fallback, vendorId, vendor, topo, features,
                NumaXml.parse(Dom.child(c, "numa")));
    }

    private static int topoValue(Element t, String name) {
        String v = Dom.attr(t, name);
        if (v == null) {
            return 1;
        }
        Integer n = Units.parseIntStrict(v);
        if (n == null || n <= 0) {
            throw Err.xml("Invalid '%s' value in CPU topology", name);
        }
        return n;
    }

    static void format(XmlWriter w, CpuDef c) {
        if (c == null) {
            return;
        }
        w.open("cpu");
        // A custom CPU that names no model is written as a bare <cpu> (topology only), as libvirt does.
        boolean custom = "custom".equals(c.mode());
        if (!custom || c.model() != null) {
            w.attr("mode", c.mode());
        }
        if (c.model() != null && custom) {
            w.attr("match", c.match());
        }
        w.attr("check", c.check()).attr("migratable", c.migratable());
        if (c.model() != null) {
            w.open("model").attr("fallback", c.fallback()).attr("vendor_id", c.vendorId()).text(c.model())
                    .end("model");
        }
        w.element("vendor", c.vendor());
        CpuDef.Topology t = c.topology();
        if (t != null) {
            w.open("topology").attr("sockets", t.sockets()).attr("dies", t.dies()).attr("cores", t.cores())
                    .attr("threads", t.threads()).end("topology");
        }
        for (CpuDef.Feature f : c.features()) {
            w.open("feature").attr("policy", f.policy()).attr("name", f.name()).end("feature");
        }
        if (c.numa() != null) {
            c.numa().format(w);
        }
        w.end("cpu");
    }
}
