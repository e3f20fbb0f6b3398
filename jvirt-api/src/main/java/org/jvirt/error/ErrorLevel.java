package org.jvirt.error;

/** libvirt's virErrorLevel. */
public enum ErrorLevel {
    NONE, WARNING, ERROR;

    public int value() {
        return ordinal();
    }

    public static ErrorLevel of(int value) {
        return value >= 0 && value < values().length ? values()[value] : ERROR;
    }
}
