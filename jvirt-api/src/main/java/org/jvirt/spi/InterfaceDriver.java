package org.jvirt.spi;

import java.util.List;

/**
 * The host interface driver table (libvirt's virInterfaceDriver); every entry optional: the default throws
 * NO_SUPPORT naming the public function. Names are libvirt's driver-table fields, so each maps to its REMOTE
 * procedure (interfaceLookupByName = REMOTE_PROC_INTERFACE_LOOKUP_BY_NAME...). Drivers check their own flags.
 */
public interface InterfaceDriver {

    /** A table that supports nothing, for drivers without host interfaces. */
    InterfaceDriver UNSUPPORTED = new InterfaceDriver() {
    };

    default int connectNumOfInterfaces() {
        throw Unsupported.call("virConnectNumOfInterfaces");
    }

    default List<String> connectListInterfaces(int maxnames) {
        throw Unsupported.call("virConnectListInterfaces");
    }

    default int connectNumOfDefinedInterfaces() {
        throw Unsupported.call("virConnectNumOfDefinedInterfaces");
    }

    default List<String> connectListDefinedInterfaces(int maxnames) {
        throw Unsupported.call("virConnectListDefinedInterfaces");
    }

    default List<InterfaceRef> connectListAllInterfaces(int flags) {
        throw Unsupported.call("virConnectListAllInterfaces");
    }

    default InterfaceRef interfaceLookupByName(String name) {
        throw Unsupported.call("virInterfaceLookupByName");
    }

    default InterfaceRef interfaceLookupByMACString(String mac) {
        throw Unsupported.call("virInterfaceLookupByMACString");
    }

    default String interfaceGetXMLDesc(InterfaceRef iface, int flags) {
        throw Unsupported.call("virInterfaceGetXMLDesc");
    }

    default InterfaceRef interfaceDefineXML(String xml, int flags) {
        throw Unsupported.call("virInterfaceDefineXML");
    }

    default void interfaceUndefine(InterfaceRef iface) {
        throw Unsupported.call("virInterfaceUndefine");
    }

    default void interfaceCreate(InterfaceRef iface, int flags) {
        throw Unsupported.call("virInterfaceCreate");
    }

    default void interfaceDestroy(InterfaceRef iface, int flags) {
        throw Unsupported.call("virInterfaceDestroy");
    }

    default boolean interfaceIsActive(InterfaceRef iface) {
        throw Unsupported.call("virInterfaceIsActive");
    }

    default void interfaceChangeBegin(int flags) {
        throw Unsupported.call("virInterfaceChangeBegin");
    }

    default void interfaceChangeCommit(int flags) {
        throw Unsupported.call("virInterfaceChangeCommit");
    }

    default void interfaceChangeRollback(int flags) {
        throw Unsupported.call("virInterfaceChangeRollback");
    }
}
