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
        ATTR
    }

    private record Spec(String name, Kind kind, String attr) {
    }

    private static final List<Spec> ORDER = List.of(
            new Spec("acpi", Kind.PLAIN, null),
            new Spec("apic", Kind.ATTR, "eoi"),
            new Spec("pae", Kind.PLAIN, null),
            new Spec("hap", Kind.STATE, null),
            new Spec("viridian", Kind.PLAIN, null),
            new Spec("privnet", Kind.PLAIN, null),
            new Spec("pvspinlock", Kind.STATE, null),
            new Spec("pmu", Kind.STATE, null),
            new Spec("vmport", Kind.STATE, null),
            new Spec("gic", Kind.ATTR, "version"),
            new Spec("smm", Kind.STATE, null),
            new Spec("ioapic", Kind.ATTR, "driver"),
            new Spec("hpt", Kind.ATTR, "resizing"),
            new Spec("vmcoreinfo", Kind.STATE, null),
            new Spec("htm", Kind.STATE, null),
            new Spec("nested-hv", Kind.STATE, null),
            new Spec("ccf-assist", Kind.STATE, null),
            new Spec("cfpc", Kind.ATTR, "value"),
            new Spec("sbbc", Kind.ATTR, "value"),
            new Spec("ibs", Kind.ATTR, "value"),
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
                    yield new FeaturesDef.Feature(name, st == null ? "on" : st, null);
                }
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

    static void format(XmlWriter w, FeaturesDef features) {
        if (features.isEmpty()) {
            return;
        }
        w.open("features");
        for (FeaturesDef.Feature f : features.features()) {
            w.open(f.name());
            Spec spec = ORDER.get(INDEX.get(f.name()));
            if (spec.kind() == Kind.STATE) {
                w.attr("state", f.state());
            } else if (spec.kind() == Kind.ATTR) {
                w.attr(spec.attr(), f.extra());
            }
            w.end(f.name());
        }
        w.end("features");
    }
}
