package org.jvirt.spi;

/** A network filter binding as drivers and the wire name it: the port device and the filter's name. */
public record NWFilterBindingRef(String portDev, String filterName) {
}
