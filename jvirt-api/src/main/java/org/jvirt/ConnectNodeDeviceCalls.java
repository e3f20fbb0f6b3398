package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.NodeDeviceDriver;
import org.jvirt.spi.NodeDeviceRef;

/**
 * The node device calls of {@link Connect} (libvirt-nodedev.c). Split out of Connect by concern (DESIGN.md rule
 * 11); Connect alone implements it.
 */
public sealed interface ConnectNodeDeviceCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private NodeDeviceDriver nodeDevices() {
        return self().nodeDevices();
    }

    /** A handle on the device {@code ref} names, without a lookup, for protocol layers (get_nonnull_node_device). */
    default NodeDevice nodeDevice(NodeDeviceRef ref) {
        return new NodeDevice(self(), Objects.requireNonNull(ref));
    }

    /** virNodeNumOfDevices: cap may be null. */
    default int nodeNumOfDevices(String cap, int flags) {
        return Dispatch.read(self(), "virNodeNumOfDevices", () -> nodeDevices().nodeNumOfDevices(cap, flags));
    }

    /** virNodeListDevices: cap may be null. */
    default List<String> nodeListDevices(String cap, int flags) {
        return Dispatch.read(self(), "virNodeListDevices",
                () -> nodeDevices().nodeListDevices(cap, Integer.MAX_VALUE, flags));
    }

    /** flags: ConnectListAllNodeDevicesFlag. */
    default List<NodeDevice> listAllNodeDevices(int flags) {
        return Dispatch.read(self(), "virConnectListAllNodeDevices", () -> {
            List<NodeDevice> out = new ArrayList<>();
            for (NodeDeviceRef r : nodeDevices().connectListAllNodeDevices(flags)) {
                out.add(nodeDevice(r));
            }
            return out;
        });
    }

    default NodeDevice nodeDeviceLookupByName(String name) {
        String fn = "virNodeDeviceLookupByName";
        return Dispatch.read(self(), fn,
                () -> nodeDevice(nodeDevices().nodeDeviceLookupByName(requireArg(name, "name", fn))));
    }

    default NodeDevice nodeDeviceLookupSCSIHostByWWN(String wwnn, String wwpn, int flags) {
        String fn = "virNodeDeviceLookupSCSIHostByWWN";
        return Dispatch.read(self(), fn, () -> nodeDevice(nodeDevices().nodeDeviceLookupSCSIHostByWWN(
                requireArg(wwnn, "wwnn", fn), requireArg(wwpn, "wwpn", fn), flags)));
    }

    /** virNodeDeviceCreateXML: a transient device (a vHBA on the test driver). */
    default NodeDevice nodeDeviceCreateXML(String xml, int flags) {
        String fn = "virNodeDeviceCreateXML";
        return Dispatch.write(self(), fn,
                () -> nodeDevice(nodeDevices().nodeDeviceCreateXML(requireArg(xml, "xmlDesc", fn), flags)));
    }

    default NodeDevice nodeDeviceDefineXML(String xml, int flags) {
        String fn = "virNodeDeviceDefineXML";
        return Dispatch.write(self(), fn,
                () -> nodeDevice(nodeDevices().nodeDeviceDefineXML(requireArg(xml, "xmlDesc", fn), flags)));
    }

    /**
     * virConnectNodeDeviceEventRegisterAny: {@code listener} receives the {@code eventId} events (0 lifecycle,
     * 1 update) of {@code dev}, or of every device when null. Allowed on read-only connections.
     */
    default int nodeDeviceEventRegisterAny(NodeDevice dev, int eventId, org.jvirt.event.NodeDeviceEventListener listener) {
        String fn = "virConnectNodeDeviceEventRegisterAny";
        return Dispatch.read(self(), fn, () -> {
            requireArg(listener, "cb", fn);
            if (eventId < 0 || eventId > 1) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.NODEDEV,
                        "eventID in " + fn + " must be less than 2", fn, "eventID");
            }
            ObjectEvents registry = self().nodeDeviceEvents();
            synchronized (registry) {
                int id = nodeDevices().connectNodeDeviceEventRegisterAny(dev == null ? null : dev.ref(), eventId,
                        registry.<NodeDeviceRef>callbackFor(
                                (cb, ref, e, ev, d) -> listener.onEvent(nodeDevice(ref), e, ev, d))::onObjectEvent);
                registry.registered(id);
                return id;
            }
        });
    }

    default void nodeDeviceEventDeregisterAny(int callbackId) {
        Dispatch.read(self(), "virConnectNodeDeviceEventDeregisterAny", () -> {
            nodeDevices().connectNodeDeviceEventDeregisterAny(callbackId);
            self().nodeDeviceEvents().deregistered(callbackId);
            return null;
        });
    }
}
