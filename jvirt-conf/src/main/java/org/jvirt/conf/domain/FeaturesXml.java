package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/**
 * {@code <features>}. libvirt stores features in an array indexed by its enum, so output order is the
 * enum order, whatever order the input used; {@link #ORDER} mirrors that enum.
 */
final class FeaturesXml {

    /** How a feature's attributes are read. */
    private enum Kind {
        /** {@code <pae/>}: no attributes. */
        PLAIN,
        /** {@code <hap state='on|off'/>}: absent state means on. */
        STATE,
        /** One named attribute kept verbatim (apic eoi, gic version, ioapic driver, hpt resizing, cfpc value). */
        ATTR,
        /** Sub-elements, kept as a tree through a {@link Shape} (hyperv, kvm, xen, tcg, msrs, capabilities). */
        TREE
    }

    private record Spec(String name, Kind kind, String attr, Shape shape) {
        Spec(String name, Kind kind, String attr) {
            this(name, kind, attr, null);
        }
    }

    private static final Shape STATE = Shape.of("state");

    private static final Shape HYPERV = Shape.of("mode")
            .child("relaxed", STATE).child("vapic", STATE).child("spinlocks", Shape.of("state", "retries"))
            .child("vpindex", STATE).child("runtime", STATE).child("synic", STATE)
            .child("stimer", Shape.of("state").child("direct", STATE)).child("reset", STATE)
            .child("vendor_id", Shape.of("state", "value")).child("frequencies", STATE)
            .child("reenlightenment", STATE).child("tlbflush", Shape.of("state").child("direct", STATE)
                    .child("extended", STATE))
            .child("ipi", STATE).child("evmcs", STATE).child("avic", STATE);
    private static final Shape KVM = Shape.of().child("hidden", STATE).child("hint-dedicated", STATE)
            .child("poll-control", STATE).child("pv-ipi", STATE).child("dirty-ring", Shape.of("state", "size"));
    private static final Shape XEN = Shape.of().child("e820_host", STATE)
            .child("passthrough", Shape.of("state", "mode"));
    private static final Shape TCG = Shape.of().child("tb-cache", Shape.text("unit"));
    private static final Shape MSRS = Shape.of("unknown");
    private static final Shape CAPABILITIES = Shape.of("policy").child("audit_control", STATE)
            .child("audit_write", STATE).child("chown", STATE).child("net_admin", STATE)
            .child("sys_admin", STATE).child("sys_module", STATE).child("sys_time", STATE);

    private static final List<Spec> ORDER = List.of(
            new Spec("acpi", Kind.PLAIN, null),
            new Spec("apic", Kind.ATTR, "eoi"),
            new Spec("pae", Kind.PLAIN, null),
            new Spec("hap", Kind.STATE, null),
            new Spec("viridian", Kind.PLAIN, null),
            new Spec("privnet", Kind.PLAIN, null),
            new Spec("hyperv", Kind.TREE, null, HYPERV),
            new Spec("kvm", Kind.TREE, null, KVM),
            new Spec("pvspinlock", Kind.STATE, null),
            new Spec("capabilities", Kind.TREE, null, CAPABILITIES),
            new Spec("pmu", Kind.STATE, null),
            new Spec("vmport", Kind.STATE, null),
            new Spec("gic", Kind.ATTR, "version"),
            new Spec("smm", Kind.STATE, null),
            new Spec("ioapic", Kind.ATTR, "driver"),
            new Spec("hpt", Kind.ATTR, "resizing"),
            new Spec("vmcoreinfo", Kind.STATE, null),
            new Spec("htm", Kind.STATE, null),
            new Spec("nested-hv", Kind.STATE, null),
            new Spec("msrs", Kind.TREE, null, MSRS),
            new Spec("ccf-assist", Kind.STATE, null),
            new Spec("xen", Kind.TREE, null, XEN),
            new Spec("cfpc", Kind.ATTR, "value"),
            new Spec("sbbc", Kind.ATTR, "value"),
            new Spec("ibs", Kind.ATTR, "value"),
            new Spec("tcg", Kind.TREE, null, TCG),
            new Spec("async-teardown", Kind.ATTR, "enabled"));

    private static final Map<String, Integer> INDEX = new HashMap<>();

    static {
        for (int i = 0; i < ORDER.size(); i++) {
            INDEX.put(ORDER.get(i).name(), i);
        }
    }

    private FeaturesXml() {
    }

    static FeaturesDef parse(Element root) {
        Element fe = Dom.child(root, "features");
        if (fe == null) {
            return FeaturesDef.NONE;
        }
        FeaturesDef.Feature[] slots = new FeaturesDef.Feature[ORDER.size()];
        for (Element e : Dom.elements(fe)) {
            String name = Dom.localName(e);
            Integer idx = INDEX.get(name);
            if (idx == null) {
                throw Err.unsupported("unexpected feature '%s'", name);
            }
            Spec spec = ORDER.get(idx);
            slots[idx] = switch (spec.kind()) {
                case PLAIN -> new FeaturesDef.Feature(name, null, null);
                case STATE -> {
                    String st = Err.oneOf(Dom.attr(e, "state"), "state", name, "on", "off");
                    XmlNode tseg = name.equals("smm") ? tseg(e) : null;
                    yield new FeaturesDef.Feature(name, st == null ? "on" : st, null, tseg);
                }
                case TREE -> new FeaturesDef.Feature(name, null, null, tree(spec, e));
                case ATTR -> new FeaturesDef.Feature(name, null, Dom.attr(e, spec.attr()));
            };
        }
        List<FeaturesDef.Feature> out = new ArrayList<>();
        for (FeaturesDef.Feature f : slots) {
            if (f != null) {
                out.add(f);
            }
        }
        return new FeaturesDef(out);
    }

    /** A tree feature; hyperv without a mode is 'custom', as libvirt writes it. */
    private static XmlNode tree(Spec spec, Element e) {
        XmlNode n = spec.shape().read(e);
        if (spec.name().equals("hyperv")) {
            String mode = Err.oneOf(n.attr("mode"), "mode", "hyperv", "custom", "passthrough");
            n = n.withAttr("mode", mode == null ? "custom" : mode, List.of("mode"));
        }
        return n;
    }

    /** smm's {@code <tseg>} size: libvirt keeps it in bytes and writes it in MiB when it divides evenly. */
    private static XmlNode tseg(Element smm) {
        Element t = Dom.child(smm, "tseg");
        if (t == null) {
            return null;
        }
        long bytes = Units.parseULong(t.getTextContent()) * Units.scale(Dom.attr(t, "unit"), 1024 * 1024);
        XmlNode tseg = bytes % (1024 * 1024) == 0
                ? new XmlNode("tseg", List.of("unit", "MiB"), Long.toString(bytes >> 20), List.of())
                : new XmlNode("tseg", List.of("unit", "B"), Long.toString(bytes), List.of());
        return new XmlNode("smm", List.of(), null, List.of(tseg));
    }

    static void format(XmlWriter w, FeaturesDef features) {
        if (features.isEmpty()) {
            return;
        }
        w.open("features");
        for (FeaturesDef.Feature f : features.features()) {
            Spec spec = ORDER.get(INDEX.get(f.name()));
            if (spec.kind() == Kind.TREE) {
                f.node().format(w);
                continue;
            }
            w.open(f.name());
            if (spec.kind() == Kind.STATE) {
                w.attr("state", f.state());
                if (f.node() != null) {
                    f.node().formatChildren(w);
                }
            } else if (spec.kind() == Kind.ATTR) {
                w.attr(spec.attr(), f.extra());
            }
            w.end(f.name());
        }
        w.end("features");
    }
}
