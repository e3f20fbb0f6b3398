package org.jvirt.conf.domain;

/**
 * One device of a domain, as accepted by attach-device / detach-device. Sealed so that drivers can switch
 * over the families exhaustively.
 */
public sealed interface DeviceDef
        permits DiskDef, ControllerDef, InterfaceDef, ChrDef, InputDef, GraphicsDef, SoundDef, VideoDef,
        MemballoonDef, WatchdogDef, OtherDeviceDef {

    /** The element name the device is written as, e.g. "disk", "interface", "serial". */
    String elementName();

    /**
     * The device's {@code <alias name=>}: the id its hypervisor knows it by (QEMU's -device id), assigned by the
     * driver at start and hotplug; or a user alias ("ua-" prefix) given in the XML. Null when none.
     */
    String alias();

    /** A copy with this alias (null: none). */
    DeviceDef withAlias(String alias);
}
