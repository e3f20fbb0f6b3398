package org.jvirt.conf.snapshot;

/** virDomainSnapshotLocation: where a disk's or the memory's snapshot lives. DEFAULT is "not said" (never printed). */
public enum SnapshotLocation {
    DEFAULT("default"), NO("no"), INTERNAL("internal"), EXTERNAL("external"), MANUAL("manual");

    private final String xml;

    SnapshotLocation(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }

    /** virDomainSnapshotLocationTypeFromString with VIR_XML_PROP_NONZERO: null when unknown or "default". */
    static SnapshotLocation parseNonZero(String s) {
        for (SnapshotLocation l : values()) {
            if (l != DEFAULT && l.xml.equals(s)) {
                return l;
            }
        }
        return null;
    }
}
