package org.jvirt;

import static org.jvirt.Connect.requireArg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jvirt.spi.InterfaceDriver;
import org.jvirt.spi.InterfaceRef;

/**
 * The host interface calls of {@link Connect} (libvirt-interface.c). Split out of Connect by concern (DESIGN.md
 * rule 11); Connect alone implements it.
 */
public sealed interface ConnectInterfaceCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private InterfaceDriver ifaces() {
        return self().ifaces();
    }

    /** A handle on the interface {@code ref} names, without a lookup, for protocol layers (get_nonnull_interface). */
    default Interface iface(InterfaceRef ref) {
        return new Interface(self(), Objects.requireNonNull(ref));
    }

    default int numOfInterfaces() {
        return Dispatch.read(self(), "virConnectNumOfInterfaces", () -> ifaces().connectNumOfInterfaces());
    }

    default List<String> listInterfaces() {
        return Dispatch.read(self(), "virConnectListInterfaces",
                () -> ifaces().connectListInterfaces(Integer.MAX_VALUE));
    }

    default int numOfDefinedInterfaces() {
        return Dispatch.read(self(), "virConnectNumOfDefinedInterfaces",
                () -> ifaces().connectNumOfDefinedInterfaces());
    }

    default List<String> listDefinedInterfaces() {
        return Dispatch.read(self(), "virConnectListDefinedInterfaces",
                () -> ifaces().connectListDefinedInterfaces(Integer.MAX_VALUE));
    }

    /** flags: ConnectListAllInterfacesFlag. */
    default List<Interface> listAllInterfaces(int flags) {
        return Dispatch.read(self(), "virConnectListAllInterfaces", () -> {
            List<Interface> out = new ArrayList<>();
            for (InterfaceRef r : ifaces().connectListAllInterfaces(flags)) {
                out.add(iface(r));
            }
            return out;
        });
    }

    default Interface interfaceLookupByName(String name) {
        String fn = "virInterfaceLookupByName";
        return Dispatch.read(self(), fn, () -> iface(ifaces().interfaceLookupByName(requireArg(name, "name", fn))));
    }

    default Interface interfaceLookupByMACString(String mac) {
        String fn = "virInterfaceLookupByMACString";
        return Dispatch.read(self(), fn,
                () -> iface(ifaces().interfaceLookupByMACString(requireArg(mac, "macstr", fn))));
    }

    /** virInterfaceDefineXML: flags are InterfaceDefineFlag. */
    default Interface interfaceDefineXML(String xml, int flags) {
        String fn = "virInterfaceDefineXML";
        return Dispatch.write(self(), fn, () -> iface(ifaces().interfaceDefineXML(requireArg(xml, "xml", fn), flags)));
    }

    /** virInterfaceChangeBegin: snapshots the host interface configuration for a later rollback. */
    default void interfaceChangeBegin(int flags) {
        Dispatch.write(self(), "virInterfaceChangeBegin", () -> ifaces().interfaceChangeBegin(flags));
    }

    default void interfaceChangeCommit(int flags) {
        Dispatch.write(self(), "virInterfaceChangeCommit", () -> ifaces().interfaceChangeCommit(flags));
    }

    default void interfaceChangeRollback(int flags) {
        Dispatch.write(self(), "virInterfaceChangeRollback", () -> ifaces().interfaceChangeRollback(flags));
    }
}
