package org.jvirt.flags;

/** virDomainShutdownFlagValues (also used for reboot). */
public enum DomainShutdownFlag implements VirFlag {
    DEFAULT(0),
    ACPI_POWER_BTN(1),
    GUEST_AGENT(2),
    INITCTL(4),
    SIGNAL(8),
    PARAVIRT(16);

    private final int value;

    DomainShutdownFlag(int value) {
        this.value = value;
    }

    @Override
    public int value() {
        return value;
    }
}
