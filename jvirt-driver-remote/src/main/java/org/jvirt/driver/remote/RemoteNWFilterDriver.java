package org.jvirt.driver.remote;

import java.util.List;
import java.util.UUID;
import org.jvirt.rpc.remote.ConnectListAllNwfilterBindingsArgs;
import org.jvirt.rpc.remote.ConnectListAllNwfiltersArgs;
import org.jvirt.rpc.remote.ConnectListNwfiltersArgs;
import org.jvirt.rpc.remote.NonnullNwfilter;
import org.jvirt.rpc.remote.NonnullNwfilterBinding;
import org.jvirt.rpc.remote.NwfilterBindingCreateXmlArgs;
import org.jvirt.rpc.remote.NwfilterBindingDeleteArgs;
import org.jvirt.rpc.remote.NwfilterBindingGetXmlDescArgs;
import org.jvirt.rpc.remote.NwfilterBindingLookupByPortDevArgs;
import org.jvirt.rpc.remote.NwfilterDefineXmlArgs;
import org.jvirt.rpc.remote.NwfilterGetXmlDescArgs;
import org.jvirt.rpc.remote.NwfilterLookupByNameArgs;
import org.jvirt.rpc.remote.NwfilterLookupByUuidArgs;
import org.jvirt.rpc.remote.NwfilterProcedures;
import org.jvirt.rpc.remote.NwfilterUndefineArgs;
import org.jvirt.rpc.remote.RemoteLimits;
import org.jvirt.rpc.remote.RemoteTypes;
import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.spi.NWFilterBindingRef;
import org.jvirt.spi.NWFilterDriver;
import org.jvirt.spi.NWFilterRef;

/** The network filter table of a remote connection: every entry is one call to the daemon. */
final class RemoteNWFilterDriver implements NWFilterDriver {

    private final RemoteConnection connection;

    RemoteNWFilterDriver(RemoteConnection connection) {
        this.connection = connection;
    }

    private RemoteClient rpc() {
        return connection.client();
    }

    private static NWFilterRef ref(NonnullNwfilter f) {
        return new NWFilterRef(f.name(), RemoteTypes.uuid(f.uuid()));
    }

    private static NWFilterBindingRef ref(NonnullNwfilterBinding b) {
        return new NWFilterBindingRef(b.portdev(), b.filtername());
    }

    private static NonnullNwfilter wire(NWFilterRef f) {
        return new NonnullNwfilter(f.name(), RemoteTypes.uuid(f.uuid()));
    }

    private static NonnullNwfilterBinding wire(NWFilterBindingRef b) {
        return new NonnullNwfilterBinding(b.portDev(), b.filterName());
    }

    @Override
    public List<NWFilterRef> connectListAllNWFilters(int flags) {
        return rpc().call(NwfilterProcedures.CONNECT_LIST_ALL_NWFILTERS, new ConnectListAllNwfiltersArgs(1, flags)).filters()
                .stream().map(RemoteNWFilterDriver::ref).toList();
    }

    @Override
    public int connectNumOfNWFilters() {
        return rpc().call(NwfilterProcedures.CONNECT_NUM_OF_NWFILTERS, new XdrVoid()).num();
    }

    @Override
    public NWFilterRef nwfilterLookupByName(String name) {
        return ref(rpc().call(NwfilterProcedures.NWFILTER_LOOKUP_BY_NAME, new NwfilterLookupByNameArgs(name)).nwfilter());
    }

    @Override
    public NWFilterRef nwfilterLookupByUUID(UUID uuid) {
        return ref(rpc().call(NwfilterProcedures.NWFILTER_LOOKUP_BY_UUID, new NwfilterLookupByUuidArgs(RemoteTypes.uuid(uuid)))
                .nwfilter());
    }

    @Override
    public NWFilterRef nwfilterDefineXML(String xml) {
        return ref(rpc().call(NwfilterProcedures.NWFILTER_DEFINE_XML, new NwfilterDefineXmlArgs(xml)).nwfilter());
    }

    @Override
    public NWFilterRef nwfilterDefineXMLFlags(String xml, int flags) {
        return ref(rpc().call(NwfilterProcedures.NWFILTER_DEFINE_XML_FLAGS,
                new org.jvirt.rpc.remote.NwfilterDefineXmlFlagsArgs(xml, flags)).nwfilter());
    }

    @Override
    public List<NWFilterBindingRef> connectListAllNWFilterBindings(int flags) {
        return rpc().call(NwfilterProcedures.CONNECT_LIST_ALL_NWFILTER_BINDINGS, new ConnectListAllNwfilterBindingsArgs(1, flags))
                .bindings().stream().map(RemoteNWFilterDriver::ref).toList();
    }

    @Override
    public NWFilterBindingRef nwfilterBindingLookupByPortDev(String portdev) {
        return ref(rpc().call(NwfilterProcedures.NWFILTER_BINDING_LOOKUP_BY_PORT_DEV,
                new NwfilterBindingLookupByPortDevArgs(portdev)).nwfilter());
    }

    @Override
    public NWFilterBindingRef nwfilterBindingCreateXML(String xml, int flags) {
        return ref(rpc().call(NwfilterProcedures.NWFILTER_BINDING_CREATE_XML, new NwfilterBindingCreateXmlArgs(xml, flags))
                .nwfilter());
    }

    @Override
    public List<String> connectListNWFilters(int maxnames) {
        return rpc().call(NwfilterProcedures.CONNECT_LIST_NWFILTERS,
                new ConnectListNwfiltersArgs(Math.min(maxnames, RemoteLimits.NWFILTER_LIST_MAX))).names();
    }

    @Override
    public String nwfilterGetXMLDesc(NWFilterRef filter, int flags) {
        return rpc().call(NwfilterProcedures.NWFILTER_GET_XML_DESC, new NwfilterGetXmlDescArgs(wire(filter), flags)).xml();
    }

    @Override
    public void nwfilterUndefine(NWFilterRef filter) {
        rpc().call(NwfilterProcedures.NWFILTER_UNDEFINE, new NwfilterUndefineArgs(wire(filter)));
    }

    @Override
    public String nwfilterBindingGetXMLDesc(NWFilterBindingRef binding, int flags) {
        return rpc().call(NwfilterProcedures.NWFILTER_BINDING_GET_XML_DESC, new NwfilterBindingGetXmlDescArgs(wire(binding), flags))
                .xml();
    }

    @Override
    public void nwfilterBindingDelete(NWFilterBindingRef binding) {
        rpc().call(NwfilterProcedures.NWFILTER_BINDING_DELETE, new NwfilterBindingDeleteArgs(wire(binding)));
    }
}
