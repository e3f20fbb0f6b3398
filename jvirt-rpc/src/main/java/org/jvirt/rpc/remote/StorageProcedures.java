package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;
import static org.jvirt.rpc.remote.RemoteProcedure.event;
import static org.jvirt.rpc.remote.RemoteProcedure.stream;

import org.jvirt.rpc.xdr.XdrVoid;
import org.jvirt.rpc.remote.RemoteProcedure.StreamKind;

/**
 * The REMOTE procedures of storage pools, volumes (with their upload and download streams) and pool events, by
 * number (libvirt's remote_protocol.x numbers). The type and the registry are {@link RemoteProcedure}; a number
 * is declared in exactly one family.
 */
public final class StorageProcedures {

    private StorageProcedures() {
    }

    public static final RemoteProcedure<XdrVoid, ConnectNumOfStoragePoolsRet> CONNECT_NUM_OF_STORAGE_POOLS =
            define(71, "CONNECT_NUM_OF_STORAGE_POOLS", VOID, ConnectNumOfStoragePoolsRet.class);
    public static final RemoteProcedure<ConnectListStoragePoolsArgs, ConnectListStoragePoolsRet>
            CONNECT_LIST_STORAGE_POOLS = define(72, "CONNECT_LIST_STORAGE_POOLS",
                    ConnectListStoragePoolsArgs.class, ConnectListStoragePoolsRet.class);
    public static final RemoteProcedure<XdrVoid, ConnectNumOfDefinedStoragePoolsRet>
            CONNECT_NUM_OF_DEFINED_STORAGE_POOLS = define(73, "CONNECT_NUM_OF_DEFINED_STORAGE_POOLS",
                    VOID, ConnectNumOfDefinedStoragePoolsRet.class);
    public static final RemoteProcedure<ConnectListDefinedStoragePoolsArgs, ConnectListDefinedStoragePoolsRet>
            CONNECT_LIST_DEFINED_STORAGE_POOLS = define(74, "CONNECT_LIST_DEFINED_STORAGE_POOLS",
                    ConnectListDefinedStoragePoolsArgs.class, ConnectListDefinedStoragePoolsRet.class);
    public static final RemoteProcedure<ConnectFindStoragePoolSourcesArgs, ConnectFindStoragePoolSourcesRet>
            CONNECT_FIND_STORAGE_POOL_SOURCES = define(75, "CONNECT_FIND_STORAGE_POOL_SOURCES",
                    ConnectFindStoragePoolSourcesArgs.class, ConnectFindStoragePoolSourcesRet.class);
    public static final RemoteProcedure<StoragePoolCreateXmlArgs, StoragePoolCreateXmlRet> STORAGE_POOL_CREATE_XML =
            define(76, "STORAGE_POOL_CREATE_XML", StoragePoolCreateXmlArgs.class, StoragePoolCreateXmlRet.class);
    public static final RemoteProcedure<StoragePoolDefineXmlArgs, StoragePoolDefineXmlRet> STORAGE_POOL_DEFINE_XML =
            define(77, "STORAGE_POOL_DEFINE_XML", StoragePoolDefineXmlArgs.class, StoragePoolDefineXmlRet.class);
    public static final RemoteProcedure<StoragePoolCreateArgs, XdrVoid> STORAGE_POOL_CREATE =
            define(78, "STORAGE_POOL_CREATE", StoragePoolCreateArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolBuildArgs, XdrVoid> STORAGE_POOL_BUILD =
            define(79, "STORAGE_POOL_BUILD", StoragePoolBuildArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolDestroyArgs, XdrVoid> STORAGE_POOL_DESTROY =
            define(80, "STORAGE_POOL_DESTROY", StoragePoolDestroyArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolDeleteArgs, XdrVoid> STORAGE_POOL_DELETE =
            define(81, "STORAGE_POOL_DELETE", StoragePoolDeleteArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolUndefineArgs, XdrVoid> STORAGE_POOL_UNDEFINE =
            define(82, "STORAGE_POOL_UNDEFINE", StoragePoolUndefineArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolRefreshArgs, XdrVoid> STORAGE_POOL_REFRESH =
            define(83, "STORAGE_POOL_REFRESH", StoragePoolRefreshArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolLookupByNameArgs, StoragePoolLookupByNameRet>
            STORAGE_POOL_LOOKUP_BY_NAME = define(84, "STORAGE_POOL_LOOKUP_BY_NAME",
                    StoragePoolLookupByNameArgs.class, StoragePoolLookupByNameRet.class);
    public static final RemoteProcedure<StoragePoolLookupByUuidArgs, StoragePoolLookupByUuidRet>
            STORAGE_POOL_LOOKUP_BY_UUID = define(85, "STORAGE_POOL_LOOKUP_BY_UUID",
                    StoragePoolLookupByUuidArgs.class, StoragePoolLookupByUuidRet.class);
    public static final RemoteProcedure<StoragePoolLookupByVolumeArgs, StoragePoolLookupByVolumeRet>
            STORAGE_POOL_LOOKUP_BY_VOLUME = define(86, "STORAGE_POOL_LOOKUP_BY_VOLUME",
                    StoragePoolLookupByVolumeArgs.class, StoragePoolLookupByVolumeRet.class);
    public static final RemoteProcedure<StoragePoolGetInfoArgs, StoragePoolGetInfoRet> STORAGE_POOL_GET_INFO =
            define(87, "STORAGE_POOL_GET_INFO", StoragePoolGetInfoArgs.class, StoragePoolGetInfoRet.class);
    public static final RemoteProcedure<StoragePoolGetXmlDescArgs, StoragePoolGetXmlDescRet> STORAGE_POOL_GET_XML_DESC =
            define(88, "STORAGE_POOL_GET_XML_DESC", StoragePoolGetXmlDescArgs.class, StoragePoolGetXmlDescRet.class);
    public static final RemoteProcedure<StoragePoolGetAutostartArgs, StoragePoolGetAutostartRet>
            STORAGE_POOL_GET_AUTOSTART = define(89, "STORAGE_POOL_GET_AUTOSTART",
                    StoragePoolGetAutostartArgs.class, StoragePoolGetAutostartRet.class);
    public static final RemoteProcedure<StoragePoolSetAutostartArgs, XdrVoid> STORAGE_POOL_SET_AUTOSTART =
            define(90, "STORAGE_POOL_SET_AUTOSTART", StoragePoolSetAutostartArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolNumOfVolumesArgs, StoragePoolNumOfVolumesRet>
            STORAGE_POOL_NUM_OF_VOLUMES = define(91, "STORAGE_POOL_NUM_OF_VOLUMES",
                    StoragePoolNumOfVolumesArgs.class, StoragePoolNumOfVolumesRet.class);
    public static final RemoteProcedure<StoragePoolListVolumesArgs, StoragePoolListVolumesRet>
            STORAGE_POOL_LIST_VOLUMES = define(92, "STORAGE_POOL_LIST_VOLUMES",
                    StoragePoolListVolumesArgs.class, StoragePoolListVolumesRet.class);
    public static final RemoteProcedure<StorageVolCreateXmlArgs, StorageVolCreateXmlRet> STORAGE_VOL_CREATE_XML =
            define(93, "STORAGE_VOL_CREATE_XML", StorageVolCreateXmlArgs.class, StorageVolCreateXmlRet.class);
    public static final RemoteProcedure<StorageVolDeleteArgs, XdrVoid> STORAGE_VOL_DELETE =
            define(94, "STORAGE_VOL_DELETE", StorageVolDeleteArgs.class, VOID);
    public static final RemoteProcedure<StorageVolLookupByNameArgs, StorageVolLookupByNameRet>
            STORAGE_VOL_LOOKUP_BY_NAME = define(95, "STORAGE_VOL_LOOKUP_BY_NAME",
                    StorageVolLookupByNameArgs.class, StorageVolLookupByNameRet.class);
    public static final RemoteProcedure<StorageVolLookupByKeyArgs, StorageVolLookupByKeyRet> STORAGE_VOL_LOOKUP_BY_KEY =
            define(96, "STORAGE_VOL_LOOKUP_BY_KEY", StorageVolLookupByKeyArgs.class, StorageVolLookupByKeyRet.class);
    public static final RemoteProcedure<StorageVolLookupByPathArgs, StorageVolLookupByPathRet>
            STORAGE_VOL_LOOKUP_BY_PATH = define(97, "STORAGE_VOL_LOOKUP_BY_PATH",
                    StorageVolLookupByPathArgs.class, StorageVolLookupByPathRet.class);
    public static final RemoteProcedure<StorageVolGetInfoArgs, StorageVolGetInfoRet> STORAGE_VOL_GET_INFO =
            define(98, "STORAGE_VOL_GET_INFO", StorageVolGetInfoArgs.class, StorageVolGetInfoRet.class);
    public static final RemoteProcedure<StorageVolGetInfoFlagsArgs, StorageVolGetInfoFlagsRet> STORAGE_VOL_GET_INFO_FLAGS =
            define(378, "STORAGE_VOL_GET_INFO_FLAGS", StorageVolGetInfoFlagsArgs.class, StorageVolGetInfoFlagsRet.class);
    public static final RemoteProcedure<StorageVolGetXmlDescArgs, StorageVolGetXmlDescRet> STORAGE_VOL_GET_XML_DESC =
            define(99, "STORAGE_VOL_GET_XML_DESC", StorageVolGetXmlDescArgs.class, StorageVolGetXmlDescRet.class);
    public static final RemoteProcedure<StorageVolGetPathArgs, StorageVolGetPathRet> STORAGE_VOL_GET_PATH =
            define(100, "STORAGE_VOL_GET_PATH", StorageVolGetPathArgs.class, StorageVolGetPathRet.class);
    public static final RemoteProcedure<StorageVolCreateXmlFromArgs, StorageVolCreateXmlFromRet>
            STORAGE_VOL_CREATE_XML_FROM = define(125, "STORAGE_VOL_CREATE_XML_FROM",
                    StorageVolCreateXmlFromArgs.class, StorageVolCreateXmlFromRet.class);
    public static final RemoteProcedure<StoragePoolIsActiveArgs, StoragePoolIsActiveRet> STORAGE_POOL_IS_ACTIVE =
            define(154, "STORAGE_POOL_IS_ACTIVE", StoragePoolIsActiveArgs.class, StoragePoolIsActiveRet.class);
    public static final RemoteProcedure<StoragePoolIsPersistentArgs, StoragePoolIsPersistentRet>
            STORAGE_POOL_IS_PERSISTENT = define(155, "STORAGE_POOL_IS_PERSISTENT",
                    StoragePoolIsPersistentArgs.class, StoragePoolIsPersistentRet.class);
    public static final RemoteProcedure<StorageVolWipeArgs, XdrVoid> STORAGE_VOL_WIPE =
            define(165, "STORAGE_VOL_WIPE", StorageVolWipeArgs.class, VOID);
    public static final RemoteProcedure<StorageVolUploadArgs, XdrVoid> STORAGE_VOL_UPLOAD =
            stream(208, "STORAGE_VOL_UPLOAD", StorageVolUploadArgs.class, VOID, StreamKind.TO_SERVER);
    public static final RemoteProcedure<StorageVolDownloadArgs, XdrVoid> STORAGE_VOL_DOWNLOAD =
            stream(209, "STORAGE_VOL_DOWNLOAD", StorageVolDownloadArgs.class, VOID, StreamKind.FROM_SERVER);
    public static final RemoteProcedure<StorageVolWipePatternArgs, XdrVoid> STORAGE_VOL_WIPE_PATTERN =
            define(259, "STORAGE_VOL_WIPE_PATTERN", StorageVolWipePatternArgs.class, VOID);
    public static final RemoteProcedure<StorageVolResizeArgs, XdrVoid> STORAGE_VOL_RESIZE =
            define(260, "STORAGE_VOL_RESIZE", StorageVolResizeArgs.class, VOID);
    public static final RemoteProcedure<ConnectListAllStoragePoolsArgs, ConnectListAllStoragePoolsRet>
            CONNECT_LIST_ALL_STORAGE_POOLS = define(281, "CONNECT_LIST_ALL_STORAGE_POOLS",
                    ConnectListAllStoragePoolsArgs.class, ConnectListAllStoragePoolsRet.class);
    public static final RemoteProcedure<StoragePoolListAllVolumesArgs, StoragePoolListAllVolumesRet>
            STORAGE_POOL_LIST_ALL_VOLUMES = define(282, "STORAGE_POOL_LIST_ALL_VOLUMES",
                    StoragePoolListAllVolumesArgs.class, StoragePoolListAllVolumesRet.class);
    public static final RemoteProcedure<ConnectStoragePoolEventRegisterAnyArgs, ConnectStoragePoolEventRegisterAnyRet>
            CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY = define(368, "CONNECT_STORAGE_POOL_EVENT_REGISTER_ANY",
                    ConnectStoragePoolEventRegisterAnyArgs.class, ConnectStoragePoolEventRegisterAnyRet.class);
    public static final RemoteProcedure<ConnectStoragePoolEventDeregisterAnyArgs, XdrVoid>
            CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY = define(369, "CONNECT_STORAGE_POOL_EVENT_DEREGISTER_ANY",
                    ConnectStoragePoolEventDeregisterAnyArgs.class, VOID);
    public static final RemoteProcedure<StoragePoolEventLifecycleMsg, XdrVoid> STORAGE_POOL_EVENT_LIFECYCLE =
            event(370, "STORAGE_POOL_EVENT_LIFECYCLE", StoragePoolEventLifecycleMsg.class);
    public static final RemoteProcedure<StoragePoolEventRefreshMsg, XdrVoid> STORAGE_POOL_EVENT_REFRESH =
            event(373, "STORAGE_POOL_EVENT_REFRESH", StoragePoolEventRefreshMsg.class);
    public static final RemoteProcedure<ConnectGetStoragePoolCapabilitiesArgs, ConnectGetStoragePoolCapabilitiesRet>
            CONNECT_GET_STORAGE_POOL_CAPABILITIES = define(403, "CONNECT_GET_STORAGE_POOL_CAPABILITIES",
                    ConnectGetStoragePoolCapabilitiesArgs.class, ConnectGetStoragePoolCapabilitiesRet.class);
}
