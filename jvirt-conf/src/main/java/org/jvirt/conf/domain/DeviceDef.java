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
}
