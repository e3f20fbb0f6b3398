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
    public static final RemoteProcedure<NwfilterGetXmlDescArgs, NwfilterGetXmlDescRet> NWFILTER_GET_XML_DESC =
            define(177, "NWFILTER_GET_XML_DESC", NwfilterGetXmlDescArgs.class, NwfilterGetXmlDescRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfNwfiltersRet> CONNECT_NUM_OF_NWFILTERS =
            define(178, "CONNECT_NUM_OF_NWFILTERS", VOID, ConnectNumOfNwfiltersRet.class);
    public static final RemoteProcedure<ConnectListNwfiltersArgs, ConnectListNwfiltersRet> CONNECT_LIST_NWFILTERS =
            define(179, "CONNECT_LIST_NWFILTERS", ConnectListNwfiltersArgs.class, ConnectListNwfiltersRet.class);
    public static final RemoteProcedure<NwfilterDefineXmlArgs, NwfilterDefineXmlRet> NWFILTER_DEFINE_XML =
            define(180, "NWFILTER_DEFINE_XML", NwfilterDefineXmlArgs.class, NwfilterDefineXmlRet.class);
    public static final RemoteProcedure<NwfilterUndefineArgs, XdrVoid> NWFILTER_UNDEFINE =
            define(181, "NWFILTER_UNDEFINE", NwfilterUndefineArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllNwfiltersArgs, ConnectListAllNwfiltersRet>
            CONNECT_LIST_ALL_NWFILTERS = define(286, "CONNECT_LIST_ALL_NWFILTERS",
                    ConnectListAllNwfiltersArgs.class, ConnectListAllNwfiltersRet.class);
    public static final RemoteProcedure<NwfilterBindingLookupByPortDevArgs, NwfilterBindingLookupByPortDevRet>
            NWFILTER_BINDING_LOOKUP_BY_PORT_DEV = define(397, "NWFILTER_BINDING_LOOKUP_BY_PORT_DEV",
                    NwfilterBindingLookupByPortDevArgs.class, NwfilterBindingLookupByPortDevRet.class);
    public static final RemoteProcedure<NwfilterBindingGetXmlDescArgs, NwfilterBindingGetXmlDescRet>
            NWFILTER_BINDING_GET_XML_DESC = define(398, "NWFILTER_BINDING_GET_XML_DESC",
                    NwfilterBindingGetXmlDescArgs.class, NwfilterBindingGetXmlDescRet.class);
    public static final RemoteProcedure<NwfilterBindingCreateXmlArgs, NwfilterBindingCreateXmlRet>
            NWFILTER_BINDING_CREATE_XML = define(399, "NWFILTER_BINDING_CREATE_XML",
                    NwfilterBindingCreateXmlArgs.class, NwfilterBindingCreateXmlRet.class);
    public static final RemoteProcedure<NwfilterBindingDeleteArgs, XdrVoid> NWFILTER_BINDING_DELETE =
            define(400, "NWFILTER_BINDING_DELETE", NwfilterBindingDeleteArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllNwfilterBindingsArgs, ConnectListAllNwfilterBindingsRet>
            CONNECT_LIST_ALL_NWFILTER_BINDINGS = define(401, "CONNECT_LIST_ALL_NWFILTER_BINDINGS",
                    ConnectListAllNwfilterBindingsArgs.class, ConnectListAllNwfilterBindingsRet.class);
    public static final RemoteProcedure<NwfilterDefineXmlFlagsArgs, NwfilterDefineXmlFlagsRet> NWFILTER_DEFINE_XML_FLAGS =
            define(431, "NWFILTER_DEFINE_XML_FLAGS", NwfilterDefineXmlFlagsArgs.class, NwfilterDefineXmlFlagsRet.class);
}
