package org.jvirt.driver.remote;

import static org.jvirt.rpc.remote.InterfaceProcedures.*;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.rpc.remote.ConnectListAllInterfacesArgs;
import org.jvirt.rpc.remote.ConnectListDefinedInterfacesArgs;
import org.jvirt.rpc.remote.ConnectListInterfacesArgs;
import org.jvirt.rpc.remote.InterfaceChangeBeginArgs;
import org.jvirt.rpc.remote.InterfaceChangeCommitArgs;
import org.jvirt.rpc.remote.InterfaceChangeRollbackArgs;
import org.jvirt.rpc.remote.InterfaceCreateArgs;
import org.jvirt.rpc.remote.InterfaceDefineXmlArgs;
import org.jvirt.rpc.remote.InterfaceDestroyArgs;
import org.jvirt.rpc.remote.InterfaceGetXmlDescArgs;
import org.jvirt.rpc.remote.InterfaceIsActiveArgs;
import org.jvirt.rpc.remote.InterfaceLookupByMacStringArgs;
import org.jvirt.rpc.remote.InterfaceLookupByNameArgs;
import org.jvirt.rpc.remote.InterfaceUndefineArgs;
import org.jvirt.rpc.remote.NonnullInterface;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.InterfaceDriver;
import org.jvirt.spi.InterfaceRef;

/** The host interface table of a remote connection: every entry is one procedure on the daemon. */
final class RemoteInterfaceDriver implements InterfaceDriver {

    private final RemoteConnection connection;

    RemoteInterfaceDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    private RemoteClient rpc() {
        return connection.client();
    }

    private static NonnullInterface wire(InterfaceRef ref) {
        return NonnullInterface.of(ref);
    }

    @Override
    public int connectNumOfInterfaces() {
        return rpc().call(CONNECT_NUM_OF_INTERFACES, new XdrVoid()).num();
    }

    @Override
    public List<String> connectListInterfaces(int maxnames) {
        return rpc().call(CONNECT_LIST_INTERFACES,
                new ConnectListInterfacesArgs(Math.min(maxnames, RemoteLimits.INTERFACE_LIST_MAX))).names();
    }

    @Override
    public int connectNumOfDefinedInterfaces() {
        return rpc().call(CONNECT_NUM_OF_DEFINED_INTERFACES, new XdrVoid()).num();
    }

    @Override
    public List<String> connectListDefinedInterfaces(int maxnames) {
        return rpc().call(CONNECT_LIST_DEFINED_INTERFACES,
                new ConnectListDefinedInterfacesArgs(Math.min(maxnames, RemoteLimits.INTERFACE_LIST_MAX))).names();
    }

    @Override
    public List<InterfaceRef> connectListAllInterfaces(int flags) {
        List<InterfaceRef> out = new ArrayList<>();
        for (NonnullInterface i : rpc().call(CONNECT_LIST_ALL_INTERFACES, new ConnectListAllInterfacesArgs(1, flags)).ifaces()) {
            out.add(i.ref());
        }
        return out;
    }

    @Override
    public InterfaceRef interfaceLookupByName(String name) {
        return rpc().call(INTERFACE_LOOKUP_BY_NAME, new InterfaceLookupByNameArgs(name)).iface().ref();
    }

    @Override
    public InterfaceRef interfaceLookupByMACString(String mac) {
        return rpc().call(INTERFACE_LOOKUP_BY_MAC_STRING, new InterfaceLookupByMacStringArgs(mac)).iface().ref();
    }

    @Override
    public String interfaceGetXMLDesc(InterfaceRef iface, int flags) {
        return rpc().call(INTERFACE_GET_XML_DESC, new InterfaceGetXmlDescArgs(wire(iface), flags)).xml();
    }

    @Override
    public InterfaceRef interfaceDefineXML(String xml, int flags) {
        return rpc().call(INTERFACE_DEFINE_XML, new InterfaceDefineXmlArgs(xml, flags)).iface().ref();
    }

    @Override
    public void interfaceUndefine(InterfaceRef iface) {
        rpc().call(INTERFACE_UNDEFINE, new InterfaceUndefineArgs(wire(iface)));
    }

    @Override
    public void interfaceCreate(InterfaceRef iface, int flags) {
        rpc().call(INTERFACE_CREATE, new InterfaceCreateArgs(wire(iface), flags));
    }

    @Override
    public void interfaceDestroy(InterfaceRef iface, int flags) {
        rpc().call(INTERFACE_DESTROY, new InterfaceDestroyArgs(wire(iface), flags));
    }

    @Override
    public boolean interfaceIsActive(InterfaceRef iface) {
        return rpc().call(INTERFACE_IS_ACTIVE, new InterfaceIsActiveArgs(wire(iface))).active() != 0;
    }

    @Override
    public void interfaceChangeBegin(int flags) {
        rpc().call(INTERFACE_CHANGE_BEGIN, new InterfaceChangeBeginArgs(flags));
    }

    @Override
    public void interfaceChangeCommit(int flags) {
        rpc().call(INTERFACE_CHANGE_COMMIT, new InterfaceChangeCommitArgs(flags));
    }

    @Override
    public void interfaceChangeRollback(int flags) {
        rpc().call(INTERFACE_CHANGE_ROLLBACK, new InterfaceChangeRollbackArgs(flags));
    }
}
