package org.jvirt;

import static org.jvirt.Connect.requireArg;
import static org.jvirt.Connect.uuidArg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.NetworkDriver;
import org.jvirt.spi.NetworkRef;

/**
 * The virtual network calls of {@link Connect} (libvirt-network.c). Split out of Connect by concern (DESIGN.md rule
 * 11); Connect alone implements it.
 */
public sealed interface ConnectNetworkCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private NetworkDriver net() {
        return self().net();
    }

    /** A handle on the network {@code ref} names, without a lookup, for protocol layers (get_nonnull_network). */
    default Network network(NetworkRef ref) {
        return new Network(self(), Objects.requireNonNull(ref));
    }

    default List<String> listNetworks() {
        return Dispatch.read(self(), "virConnectListNetworks", () -> net().connectListNetworks(Integer.MAX_VALUE));
    }

    default int numOfNetworks() {
        return Dispatch.read(self(), "virConnectNumOfNetworks", () -> net().connectNumOfNetworks());
    }

    default List<String> listDefinedNetworks() {
        return Dispatch.read(self(), "virConnectListDefinedNetworks",
                () -> net().connectListDefinedNetworks(Integer.MAX_VALUE));
    }

    default int numOfDefinedNetworks() {
        return Dispatch.read(self(), "virConnectNumOfDefinedNetworks", () -> net().connectNumOfDefinedNetworks());
    }

    /** flags: ConnectListAllNetworksFlag. */
    default List<Network> listAllNetworks(int flags) {
        return Dispatch.read(self(), "virConnectListAllNetworks", () -> {
            List<Network> out = new ArrayList<>();
            for (NetworkRef r : net().connectListAllNetworks(flags)) {
                out.add(network(r));
            }
            return out;
        });
    }

    default Network networkLookupByName(String name) {
        return Dispatch.read(self(), "virNetworkLookupByName",
                () -> network(net().networkLookupByName(requireArg(name, "name", "virNetworkLookupByName"))));
    }

    default Network networkLookupByUUID(UUID uuid) {
        return Dispatch.read(self(), "virNetworkLookupByUUID",
                () -> network(net().networkLookupByUUID(requireArg(uuid, "uuid", "virNetworkLookupByUUID"))));
    }

    default Network networkLookupByUUIDString(String uuid) {
        return Dispatch.read(self(), "virNetworkLookupByUUIDString",
                () -> network(net().networkLookupByUUID(uuidArg(uuid, "virNetworkLookupByUUIDString"))));
    }

    /** virNetworkDefineXML: as the flags variant with 0, but errors name the flag-less call. */
    default Network networkDefineXML(String xml) {
        return Dispatch.write(self(), "virNetworkDefineXML",
                () -> network(net().networkDefineXMLFlags(requireArg(xml, "xml", "virNetworkDefineXML"), 0)));
    }

    default Network networkDefineXML(String xml, int flags) {
        return Dispatch.write(self(), "virNetworkDefineXMLFlags",
                () -> network(net().networkDefineXMLFlags(requireArg(xml, "xml", "virNetworkDefineXMLFlags"), flags)));
    }

    /** virNetworkCreateXML: as the flags variant with 0, but errors name the flag-less call. */
    default Network networkCreateXML(String xml) {
        return Dispatch.write(self(), "virNetworkCreateXML",
                () -> network(net().networkCreateXMLFlags(requireArg(xml, "xmlDesc", "virNetworkCreateXML"), 0)));
    }

    default Network networkCreateXML(String xml, int flags) {
        return Dispatch.write(self(), "virNetworkCreateXMLFlags",
                () -> network(net().networkCreateXMLFlags(requireArg(xml, "xmlDesc", "virNetworkCreateXMLFlags"), flags)));
    }

    /**
     * virConnectNetworkEventRegisterAny: {@code listener} receives the lifecycle events (eventId 0) of {@code net},
     * or of every network when null. Allowed on read-only connections.
     */
    default int networkEventRegisterAny(Network net, int eventId, org.jvirt.event.NetworkEventListener listener) {
        String fn = "virConnectNetworkEventRegisterAny";
        return Dispatch.read(self(), fn, () -> {
            requireArg(listener, "cb", fn);
            if (eventId < 0 || eventId >= 1) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.NETWORK,
                        "eventID in " + fn + " must be less than 1", fn, "eventID");
            }
            ObjectEvents registry = self().networkEvents();
            synchronized (registry) {
                int id = net().connectNetworkEventRegisterAny(net == null ? null : net.ref(), eventId,
                        registry.callbackFor((cb, ref, e, ev, d) -> listener.onEvent(network(ref), e, ev, d)));
                registry.registered(id);
                return id;
            }
        });
    }

    default void networkEventDeregisterAny(int callbackId) {
        Dispatch.read(self(), "virConnectNetworkEventDeregisterAny", () -> {
            net().connectNetworkEventDeregisterAny(callbackId);
            self().networkEvents().deregistered(callbackId);
            return null;
        });
    }
}
