package org.jvirt.conf.checkpoint;

/** virDomainCheckpointType: what a checkpoint does for one disk ({@code checkpoint=} attribute). */
public enum CheckpointType {
    DEFAULT("default"),
    NO("no"),
    BITMAP("bitmap");

    private final String xml;

    CheckpointType(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }

    /** null when the text names no type. */
    public static CheckpointType parse(String s) {
        for (CheckpointType t : values()) {
            if (t.xml.equals(s)) {
                return t;
            }
        }
        return null;
    }
}
