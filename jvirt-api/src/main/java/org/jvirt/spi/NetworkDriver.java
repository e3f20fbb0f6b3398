package org.jvirt.spi;

import java.util.List;
import java.util.UUID;

/** The network driver table (libvirt's virNetworkDriver); every entry optional, as in {@link HypervisorDriver}. */
public interface NetworkDriver extends NetworkExtraDriver {

    /** A table that supports nothing, for drivers without networks. */
    NetworkDriver UNSUPPORTED = new NetworkDriver() {
    };

    default List<String> connectListNetworks(int maxnames) {
        throw Unsupported.call("virConnectListNetworks");
    }

    default int connectNumOfNetworks() {
        throw Unsupported.call("virConnectNumOfNetworks");
    }

    default List<String> connectListDefinedNetworks(int maxnames) {
        throw Unsupported.call("virConnectListDefinedNetworks");
    }

    default int connectNumOfDefinedNetworks() {
        throw Unsupported.call("virConnectNumOfDefinedNetworks");
    }

    default List<NetworkRef> connectListAllNetworks(int flags) {
        throw Unsupported.call("virConnectListAllNetworks");
    }

    default NetworkRef networkLookupByName(String name) {
        throw Unsupported.call("virNetworkLookupByName");
    }

    default NetworkRef networkLookupByUUID(UUID uuid) {
        throw Unsupported.call("virNetworkLookupByUUID");
    }

    default NetworkRef networkDefineXMLFlags(String xml, int flags) {
        throw Unsupported.call("virNetworkDefineXMLFlags");
    }

    default NetworkRef networkCreateXMLFlags(String xml, int flags) {
        throw Unsupported.call("virNetworkCreateXMLFlags");
    }

    default void networkCreate(NetworkRef net) {
        throw Unsupported.call("virNetworkCreate");
    }

    default void networkDestroy(NetworkRef net) {
        throw Unsupported.call("virNetworkDestroy");
    }

    default void networkUndefine(NetworkRef net) {
        throw Unsupported.call("virNetworkUndefine");
    }

    default String networkGetXMLDesc(NetworkRef net, int flags) {
        throw Unsupported.call("virNetworkGetXMLDesc");
    }

    default String networkGetBridgeName(NetworkRef net) {
        throw Unsupported.call("virNetworkGetBridgeName");
    }

    default boolean networkGetAutostart(NetworkRef net) {
        throw Unsupported.call("virNetworkGetAutostart");
    }

    default void networkSetAutostart(NetworkRef net, boolean autostart) {
        throw Unsupported.call("virNetworkSetAutostart");
    }

    default boolean networkIsActive(NetworkRef net) {
        throw Unsupported.call("virNetworkIsActive");
    }

    default boolean networkIsPersistent(NetworkRef net) {
        throw Unsupported.call("virNetworkIsPersistent");
    }

    /** virConnectNetworkEventRegisterAny: net null for every network; returns the callback id. */
    default int connectNetworkEventRegisterAny(NetworkRef net, int eventID, ObjectEventCallback<NetworkRef> callback) {
        throw Unsupported.call("virConnectNetworkEventRegisterAny");
    }

    default void connectNetworkEventDeregisterAny(int callbackID) {
        throw Unsupported.call("virConnectNetworkEventDeregisterAny");
    }
}
