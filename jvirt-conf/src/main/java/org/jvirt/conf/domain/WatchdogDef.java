package org.jvirt.conf.domain;

/** {@code <watchdog model= action=>}. */
public record WatchdogDef(String model, String action, DeviceAddress address) implements DeviceDef {

    @Override
    public String elementName() {
        return "watchdog";
    }
}
