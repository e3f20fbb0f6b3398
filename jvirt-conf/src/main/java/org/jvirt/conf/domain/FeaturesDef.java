package org.jvirt.conf.domain;

import java.util.List;

/**
 * {@code <features>}: the simple on/off switches (pae, acpi, apic, hap, viridian, privnet, pmu, vmport,
 * smm, ...). libvirt writes them in its own fixed order whatever the input order; see FeaturesXml.
 *
 * @param features enabled or explicitly switched features in libvirt's output order
 */
public record FeaturesDef(List<Feature> features) {

    public static final FeaturesDef NONE = new FeaturesDef(List.of());

    public FeaturesDef {
        features = List.copyOf(features);
    }

    /**
     * One feature. state is null for the plain form ({@code <pae/>}) or "on"/"off"; extra carries an
     * optional second attribute already formatted (e.g. {@code policy='...'} ) or null. node is the whole
     * element for the features with sub-elements (hyperv, kvm, xen, tcg, msrs, capabilities, smm with tseg),
     * else null.
     */
    public record Feature(String name, String state, String extra, XmlNode node) {

        /** A feature without sub-elements (the original component list). */
        public Feature(String name, String state, String extra) {
            this(name, state, extra, null);
        }
    }

    public boolean has(String name) {
        for (Feature f : features) {
            if (f.name().equals(name) && !"off".equals(f.state())) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }
}
