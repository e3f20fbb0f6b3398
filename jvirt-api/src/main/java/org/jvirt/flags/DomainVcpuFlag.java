package org.jvirt.flags;

/** virDomainVcpuFlags. */
public enum DomainVcpuFlag implements VirFlag {
    CURRENT(0),
    LIVE(1),
    CONFIG(2),
    MAXIMUM(4),
    GUEST(8),
    HOTPLUGGABLE(16);

    private final int value;

    DomainVcpuFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
