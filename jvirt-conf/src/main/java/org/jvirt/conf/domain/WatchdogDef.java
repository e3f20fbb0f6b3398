package org.jvirt.conf.domain;

/** {@code <watchdog model= action=>}. */
public record WatchdogDef(String model, String action, DeviceAddress address, String alias) implements DeviceDef {

    /** Without an alias (a device as written by a user or built by a driver before aliases are assigned). */
    public WatchdogDef(String model, String action, DeviceAddress address) {
        this(model, action, address, null);
    }

    @Override
    public String elementName() {
        return "watchdog";
    }

    @Override
    public WatchdogDef withAlias(String a) {
        return new WatchdogDef(model, action, address, a);
    }
}
