package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of host interfaces and their change transactions, by number (libvirt's remote_protocol.x
 * numbers). The type and the registry are {@link RemoteProcedure}; a number is declared in exactly one family.
 */
public final class InterfaceProcedures {

    private InterfaceProcedures() {
    }

    public static final RemoteProcedure<XdrVoid, ConnectNumOfInterfacesRet> CONNECT_NUM_OF_INTERFACES =
            define(126, "CONNECT_NUM_OF_INTERFACES", VOID, ConnectNumOfInterfacesRet.class);
    public static final RemoteProcedure<ConnectListInterfacesArgs, ConnectListInterfacesRet> CONNECT_LIST_INTERFACES =
            define(127, "CONNECT_LIST_INTERFACES", ConnectListInterfacesArgs.class, ConnectListInterfacesRet.class);
    public static final RemoteProcedure<InterfaceLookupByNameArgs, InterfaceLookupByNameRet> INTERFACE_LOOKUP_BY_NAME =
            define(128, "INTERFACE_LOOKUP_BY_NAME", InterfaceLookupByNameArgs.class, InterfaceLookupByNameRet.class);
    public static final RemoteProcedure<InterfaceLookupByMacStringArgs, InterfaceLookupByMacStringRet> INTERFACE_LOOKUP_BY_MAC_STRING =
            define(129, "INTERFACE_LOOKUP_BY_MAC_STRING", InterfaceLookupByMacStringArgs.class, InterfaceLookupByMacStringRet.class);
    public static final RemoteProcedure<InterfaceGetXmlDescArgs, InterfaceGetXmlDescRet> INTERFACE_GET_XML_DESC =
            define(130, "INTERFACE_GET_XML_DESC", InterfaceGetXmlDescArgs.class, InterfaceGetXmlDescRet.class);
    public static final RemoteProcedure<InterfaceDefineXmlArgs, InterfaceDefineXmlRet> INTERFACE_DEFINE_XML =
            define(131, "INTERFACE_DEFINE_XML", InterfaceDefineXmlArgs.class, InterfaceDefineXmlRet.class);
    public static final RemoteProcedure<InterfaceUndefineArgs, XdrVoid> INTERFACE_UNDEFINE =
            define(132, "INTERFACE_UNDEFINE", InterfaceUndefineArgs.class, VOID);
    public static final RemoteProcedure<InterfaceCreateArgs, XdrVoid> INTERFACE_CREATE =
            define(133, "INTERFACE_CREATE", InterfaceCreateArgs.class, VOID);
    public static final RemoteProcedure<InterfaceDestroyArgs, XdrVoid> INTERFACE_DESTROY =
            define(134, "INTERFACE_DESTROY", InterfaceDestroyArgs.class, VOID);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedInterfacesRet> CONNECT_NUM_OF_DEFINED_INTERFACES =
            define(137, "CONNECT_NUM_OF_DEFINED_INTERFACES", VOID, ConnectNumOfDefinedInterfacesRet.class);
    public static final RemoteProcedure<ConnectListDefinedInterfacesArgs, ConnectListDefinedInterfacesRet> CONNECT_LIST_DEFINED_INTERFACES =
            define(138, "CONNECT_LIST_DEFINED_INTERFACES", ConnectListDefinedInterfacesArgs.class, ConnectListDefinedInterfacesRet.class);
    public static final RemoteProcedure<InterfaceIsActiveArgs, InterfaceIsActiveRet> INTERFACE_IS_ACTIVE =
            define(156, "INTERFACE_IS_ACTIVE", InterfaceIsActiveArgs.class, InterfaceIsActiveRet.class);
    public static final RemoteProcedure<InterfaceChangeBeginArgs, XdrVoid> INTERFACE_CHANGE_BEGIN =
            define(220, "INTERFACE_CHANGE_BEGIN", InterfaceChangeBeginArgs.class, VOID);
    public static final RemoteProcedure<InterfaceChangeCommitArgs, XdrVoid> INTERFACE_CHANGE_COMMIT =
            define(221, "INTERFACE_CHANGE_COMMIT", InterfaceChangeCommitArgs.class, VOID);
    public static final RemoteProcedure<InterfaceChangeRollbackArgs, XdrVoid> INTERFACE_CHANGE_ROLLBACK =
            define(222, "INTERFACE_CHANGE_ROLLBACK", InterfaceChangeRollbackArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllInterfacesArgs, ConnectListAllInterfacesRet> CONNECT_LIST_ALL_INTERFACES =
            define(284, "CONNECT_LIST_ALL_INTERFACES", ConnectListAllInterfacesArgs.class, ConnectListAllInterfacesRet.class);
}
