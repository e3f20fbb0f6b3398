package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of network filters and filter bindings, by number (libvirt's remote_protocol.x numbers).
 * The type and the registry are {@link RemoteProcedure}; a number is declared in exactly one family.
 */
public final class NwfilterProcedures {

    private NwfilterProcedures() {
    }

    public static final RemoteProcedure<NwfilterLookupByNameArgs, NwfilterLookupByNameRet> NWFILTER_LOOKUP_BY_NAME =
            define(175, "NWFILTER_LOOKUP_BY_NAME", NwfilterLookupByNameArgs.class, NwfilterLookupByNameRet.class);
    public static final RemoteProcedure<NwfilterLookupByUuidArgs, NwfilterLookupByUuidRet> NWFILTER_LOOKUP_BY_UUID =
            define(176, "NWFILTER_LOOKUP_BY_UUID", NwfilterLookupByUuidArgs.class, NwfilterLookupByUuidRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfNwfiltersRet> CONNECT_NUM_OF_NWFILTERS =
            define(178, "CONNECT_NUM_OF_NWFILTERS", VOID, ConnectNumOfNwfiltersRet.class);
    public static final RemoteProcedure<NwfilterDefineXmlArgs, NwfilterDefineXmlRet> NWFILTER_DEFINE_XML =
            define(180, "NWFILTER_DEFINE_XML", NwfilterDefineXmlArgs.class, NwfilterDefineXmlRet.class);
    public static final RemoteProcedure<ConnectListAllNwfiltersArgs, ConnectListAllNwfiltersRet>
            CONNECT_LIST_ALL_NWFILTERS = define(286, "CONNECT_LIST_ALL_NWFILTERS",
                    ConnectListAllNwfiltersArgs.class, ConnectListAllNwfiltersRet.class);
    public static final RemoteProcedure<NwfilterBindingLookupByPortDevArgs, NwfilterBindingLookupByPortDevRet>
            NWFILTER_BINDING_LOOKUP_BY_PORT_DEV = define(397, "NWFILTER_BINDING_LOOKUP_BY_PORT_DEV",
                    NwfilterBindingLookupByPortDevArgs.class, NwfilterBindingLookupByPortDevRet.class);
    public static final RemoteProcedure<NwfilterBindingCreateXmlArgs, NwfilterBindingCreateXmlRet>
            NWFILTER_BINDING_CREATE_XML = define(399, "NWFILTER_BINDING_CREATE_XML",
                    NwfilterBindingCreateXmlArgs.class, NwfilterBindingCreateXmlRet.class);
    public static final RemoteProcedure<ConnectListAllNwfilterBindingsArgs, ConnectListAllNwfilterBindingsRet>
            CONNECT_LIST_ALL_NWFILTER_BINDINGS = define(401, "CONNECT_LIST_ALL_NWFILTER_BINDINGS",
                    ConnectListAllNwfilterBindingsArgs.class, ConnectListAllNwfilterBindingsRet.class);
    public static final RemoteProcedure<NwfilterDefineXmlFlagsArgs, NwfilterDefineXmlFlagsRet> NWFILTER_DEFINE_XML_FLAGS =
            define(431, "NWFILTER_DEFINE_XML_FLAGS", NwfilterDefineXmlFlagsArgs.class, NwfilterDefineXmlFlagsRet.class);
}
