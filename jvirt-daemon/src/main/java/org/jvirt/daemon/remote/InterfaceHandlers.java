package org.jvirt.daemon.remote;

import static org.jvirt.rpc.remote.InterfaceProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Interface;
import org.jvirt.rpc.remote.ConnectListAllInterfacesRet;
import org.jvirt.rpc.remote.ConnectListDefinedInterfacesRet;
import org.jvirt.rpc.remote.ConnectListInterfacesRet;
import org.jvirt.rpc.remote.ConnectNumOfDefinedInterfacesRet;
import org.jvirt.rpc.remote.ConnectNumOfInterfacesRet;
import org.jvirt.rpc.remote.InterfaceDefineXmlRet;
import org.jvirt.rpc.remote.InterfaceGetXmlDescRet;
import org.jvirt.rpc.remote.InterfaceIsActiveRet;
import org.jvirt.rpc.remote.InterfaceLookupByMacStringRet;
import org.jvirt.rpc.remote.InterfaceLookupByNameRet;
import org.jvirt.rpc.remote.NonnullInterface;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.xdr.XdrVoid;

/** The host interface procedures, each one call on the client's Connect or Interface. */
final class InterfaceHandlers {

    private static final XdrVoid VOID = XdrVoid.VOID;

    private InterfaceHandlers() {
    }

    static void register(HandlerTable t) {
        t.on(CONNECT_NUM_OF_INTERFACES, (c, a) -> new ConnectNumOfInterfacesRet(c.conn().numOfInterfaces()));
        t.on(CONNECT_LIST_INTERFACES, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.INTERFACE_LIST_MAX, "maxnames > REMOTE_INTERFACE_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListInterfacesRet(Wire.first(c.conn().listInterfaces(), a.maxnames()));
        });
        t.on(CONNECT_NUM_OF_DEFINED_INTERFACES, (c, a) -> new ConnectNumOfDefinedInterfacesRet(
                c.conn().numOfDefinedInterfaces()));
        t.on(CONNECT_LIST_DEFINED_INTERFACES, (c, a) -> {
            Wire.checkMax(a.maxnames(), RemoteLimits.INTERFACE_LIST_MAX, "maxnames > REMOTE_INTERFACE_LIST_MAX");
            Wire.nonNegative(a.maxnames(), "maxnames");
            return new ConnectListDefinedInterfacesRet(Wire.first(c.conn().listDefinedInterfaces(), a.maxnames()));
        });
        t.on(CONNECT_LIST_ALL_INTERFACES, (c, a) -> {
            List<Interface> all = c.conn().listAllInterfaces(a.flags());
            if (all.size() > RemoteLimits.INTERFACE_LIST_MAX) {
                throw Wire.internal("Too many interfaces '" + all.size() + "' for limit '"
                        + RemoteLimits.INTERFACE_LIST_MAX + "'");
            }
            List<NonnullInterface> out = new ArrayList<>();
            if (a.needResults() != 0) {
                for (Interface i : all) {
                    out.add(NonnullInterface.of(i.ref()));
                }
            }
            return new ConnectListAllInterfacesRet(out, all.size());
        });
        t.on(INTERFACE_LOOKUP_BY_NAME, (c, a) -> new InterfaceLookupByNameRet(
                NonnullInterface.of(c.conn().interfaceLookupByName(a.name()).ref())));
        t.on(INTERFACE_LOOKUP_BY_MAC_STRING, (c, a) -> new InterfaceLookupByMacStringRet(
                NonnullInterface.of(c.conn().interfaceLookupByMACString(a.mac()).ref())));
        t.on(INTERFACE_GET_XML_DESC, (c, a) -> new InterfaceGetXmlDescRet(iface(c, a.iface()).getXMLDesc(a.flags())));
        t.on(INTERFACE_DEFINE_XML, (c, a) -> new InterfaceDefineXmlRet(
                NonnullInterface.of(c.conn().interfaceDefineXML(a.xml(), a.flags()).ref())));
        t.on(INTERFACE_UNDEFINE, (c, a) -> {
            iface(c, a.iface()).undefine();
            return VOID;
        });
        t.on(INTERFACE_CREATE, (c, a) -> {
            iface(c, a.iface()).create(a.flags());
            return VOID;
        });
        t.on(INTERFACE_DESTROY, (c, a) -> {
            iface(c, a.iface()).destroy(a.flags());
            return VOID;
        });
        t.on(INTERFACE_IS_ACTIVE, (c, a) -> new InterfaceIsActiveRet(Wire.bool(iface(c, a.iface()).isActive())));
        t.on(INTERFACE_CHANGE_BEGIN, (c, a) -> {
            c.conn().interfaceChangeBegin(a.flags());
            return VOID;
        });
        t.on(INTERFACE_CHANGE_COMMIT, (c, a) -> {
            c.conn().interfaceChangeCommit(a.flags());
            return VOID;
        });
        t.on(INTERFACE_CHANGE_ROLLBACK, (c, a) -> {
            c.conn().interfaceChangeRollback(a.flags());
            return VOID;
        });
    }

    private static Interface iface(RemoteClient c, NonnullInterface i) {
        return c.conn().iface(i.ref());
    }
}
