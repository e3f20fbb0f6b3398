package org.jvirt.spi;

import java.util.List;

/**
 * The node device driver table (libvirt's virNodeDeviceDriver, plus the three PCI entries libvirt keeps in the
 * hypervisor table: nodeDeviceDettach, nodeDeviceReAttach, nodeDeviceReset). Every entry optional: the default
 * throws NO_SUPPORT naming the public function. Names are libvirt's driver-table fields, so each maps to its
 * REMOTE procedure. Drivers check their own flags.
 */
public interface NodeDeviceDriver {

    /** A table that supports nothing, for drivers without node devices. */
    NodeDeviceDriver UNSUPPORTED = new NodeDeviceDriver() {
    };

    /** cap may be null (every device). */
    default int nodeNumOfDevices(String cap, int flags) {
        throw Unsupported.call("virNodeNumOfDevices");
    }

    default List<String> nodeListDevices(String cap, int maxnames, int flags) {
        throw Unsupported.call("virNodeListDevices");
    }

    default List<NodeDeviceRef> connectListAllNodeDevices(int flags) {
        throw Unsupported.call("virConnectListAllNodeDevices");
    }

    default NodeDeviceRef nodeDeviceLookupByName(String name) {
        throw Unsupported.call("virNodeDeviceLookupByName");
    }

    default NodeDeviceRef nodeDeviceLookupSCSIHostByWWN(String wwnn, String wwpn, int flags) {
        throw Unsupported.call("virNodeDeviceLookupSCSIHostByWWN");
    }

    default String nodeDeviceGetXMLDesc(NodeDeviceRef dev, int flags) {
        throw Unsupported.call("virNodeDeviceGetXMLDesc");
    }

    /** The parent's name; a device without one is an error (the public layer then gives null). */
    default String nodeDeviceGetParent(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceGetParent");
    }

    default int nodeDeviceNumOfCaps(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceNumOfCaps");
    }

    default List<String> nodeDeviceListCaps(NodeDeviceRef dev, int maxnames) {
        throw Unsupported.call("virNodeDeviceListCaps");
    }

    default NodeDeviceRef nodeDeviceCreateXML(String xml, int flags) {
        throw Unsupported.call("virNodeDeviceCreateXML");
    }

    default void nodeDeviceDestroy(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceDestroy");
    }

    default NodeDeviceRef nodeDeviceDefineXML(String xml, int flags) {
        throw Unsupported.call("virNodeDeviceDefineXML");
    }

    default void nodeDeviceUndefine(NodeDeviceRef dev, int flags) {
        throw Unsupported.call("virNodeDeviceUndefine");
    }

    default void nodeDeviceCreate(NodeDeviceRef dev, int flags) {
        throw Unsupported.call("virNodeDeviceCreate");
    }

    default void nodeDeviceSetAutostart(NodeDeviceRef dev, boolean autostart) {
        throw Unsupported.call("virNodeDeviceSetAutostart");
    }

    default boolean nodeDeviceGetAutostart(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceGetAutostart");
    }

    default boolean nodeDeviceIsPersistent(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceIsPersistent");
    }

    default boolean nodeDeviceIsActive(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceIsActive");
    }

    /** virNodeDeviceDettach / virNodeDeviceDetachFlags (driverName may be null): hypervisor-table entries in libvirt. */
    default void nodeDeviceDetachFlags(NodeDeviceRef dev, String driverName, int flags, String publicFunction) {
        throw Unsupported.call(publicFunction);
    }

    default void nodeDeviceReAttach(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceReAttach");
    }

    default void nodeDeviceReset(NodeDeviceRef dev) {
        throw Unsupported.call("virNodeDeviceReset");
    }

    /** dev may be null (every device); eventID 0 lifecycle, 1 update. Returns the callback id. */
    default int connectNodeDeviceEventRegisterAny(NodeDeviceRef dev, int eventID, NodeDeviceEventCallback callback) {
        throw Unsupported.call("virConnectNodeDeviceEventRegisterAny");
    }

    default void connectNodeDeviceEventDeregisterAny(int callbackID) {
        throw Unsupported.call("virConnectNodeDeviceEventDeregisterAny");
    }
}
