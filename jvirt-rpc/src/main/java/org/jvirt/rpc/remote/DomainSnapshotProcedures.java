package org.jvirt.rpc.remote;

import static org.jvirt.rpc.remote.RemoteProcedure.VOID;
import static org.jvirt.rpc.remote.RemoteProcedure.define;

import org.jvirt.rpc.xdr.XdrVoid;

/**
 * The REMOTE procedures of domain snapshots, checkpoints and backups, by number (libvirt's remote_protocol.x
 * numbers). The type and the registry are {@link RemoteProcedure}; a number is declared in exactly one family.
 */
public final class DomainSnapshotProcedures {

    private DomainSnapshotProcedures() {
    }

    public static final RemoteProcedure<DomainSnapshotCreateXmlArgs, DomainSnapshotCreateXmlRet>
            DOMAIN_SNAPSHOT_CREATE_XML = define(185, "DOMAIN_SNAPSHOT_CREATE_XML",
                    DomainSnapshotCreateXmlArgs.class, DomainSnapshotCreateXmlRet.class);
    public static final RemoteProcedure<DomainSnapshotGetXmlDescArgs, DomainSnapshotGetXmlDescRet>
            DOMAIN_SNAPSHOT_GET_XML_DESC = define(186, "DOMAIN_SNAPSHOT_GET_XML_DESC",
                    DomainSnapshotGetXmlDescArgs.class, DomainSnapshotGetXmlDescRet.class);
    public static final RemoteProcedure<DomainSnapshotNumArgs, DomainSnapshotNumRet> DOMAIN_SNAPSHOT_NUM =
            define(187, "DOMAIN_SNAPSHOT_NUM", DomainSnapshotNumArgs.class, DomainSnapshotNumRet.class);
    public static final RemoteProcedure<DomainSnapshotListNamesArgs, DomainSnapshotListNamesRet>
            DOMAIN_SNAPSHOT_LIST_NAMES = define(188, "DOMAIN_SNAPSHOT_LIST_NAMES",
                    DomainSnapshotListNamesArgs.class, DomainSnapshotListNamesRet.class);
    public static final RemoteProcedure<DomainSnapshotLookupByNameArgs, DomainSnapshotLookupByNameRet>
            DOMAIN_SNAPSHOT_LOOKUP_BY_NAME = define(189, "DOMAIN_SNAPSHOT_LOOKUP_BY_NAME",
                    DomainSnapshotLookupByNameArgs.class, DomainSnapshotLookupByNameRet.class);
    public static final RemoteProcedure<DomainHasCurrentSnapshotArgs, DomainHasCurrentSnapshotRet>
            DOMAIN_HAS_CURRENT_SNAPSHOT = define(190, "DOMAIN_HAS_CURRENT_SNAPSHOT",
                    DomainHasCurrentSnapshotArgs.class, DomainHasCurrentSnapshotRet.class);
    public static final RemoteProcedure<DomainSnapshotCurrentArgs, DomainSnapshotCurrentRet> DOMAIN_SNAPSHOT_CURRENT =
            define(191, "DOMAIN_SNAPSHOT_CURRENT", DomainSnapshotCurrentArgs.class, DomainSnapshotCurrentRet.class);
    public static final RemoteProcedure<DomainRevertToSnapshotArgs, XdrVoid> DOMAIN_REVERT_TO_SNAPSHOT =
            define(192, "DOMAIN_REVERT_TO_SNAPSHOT", DomainRevertToSnapshotArgs.class, VOID);
    public static final RemoteProcedure<DomainSnapshotDeleteArgs, XdrVoid> DOMAIN_SNAPSHOT_DELETE =
            define(193, "DOMAIN_SNAPSHOT_DELETE", DomainSnapshotDeleteArgs.class, VOID);
    public static final RemoteProcedure<DomainSnapshotGetParentArgs, DomainSnapshotGetParentRet>
            DOMAIN_SNAPSHOT_GET_PARENT = define(244, "DOMAIN_SNAPSHOT_GET_PARENT",
                    DomainSnapshotGetParentArgs.class, DomainSnapshotGetParentRet.class);
    public static final RemoteProcedure<DomainSnapshotNumChildrenArgs, DomainSnapshotNumChildrenRet>
            DOMAIN_SNAPSHOT_NUM_CHILDREN = define(246, "DOMAIN_SNAPSHOT_NUM_CHILDREN",
                    DomainSnapshotNumChildrenArgs.class, DomainSnapshotNumChildrenRet.class);
    public static final RemoteProcedure<DomainSnapshotListChildrenNamesArgs, DomainSnapshotListChildrenNamesRet>
            DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES = define(247, "DOMAIN_SNAPSHOT_LIST_CHILDREN_NAMES",
                    DomainSnapshotListChildrenNamesArgs.class, DomainSnapshotListChildrenNamesRet.class);
    public static final RemoteProcedure<DomainSnapshotIsCurrentArgs, DomainSnapshotIsCurrentRet>
            DOMAIN_SNAPSHOT_IS_CURRENT = define(271, "DOMAIN_SNAPSHOT_IS_CURRENT",
                    DomainSnapshotIsCurrentArgs.class, DomainSnapshotIsCurrentRet.class);
    public static final RemoteProcedure<DomainSnapshotHasMetadataArgs, DomainSnapshotHasMetadataRet>
            DOMAIN_SNAPSHOT_HAS_METADATA = define(272, "DOMAIN_SNAPSHOT_HAS_METADATA",
                    DomainSnapshotHasMetadataArgs.class, DomainSnapshotHasMetadataRet.class);
    public static final RemoteProcedure<DomainListAllSnapshotsArgs, DomainListAllSnapshotsRet>
            DOMAIN_LIST_ALL_SNAPSHOTS = define(274, "DOMAIN_LIST_ALL_SNAPSHOTS",
                    DomainListAllSnapshotsArgs.class, DomainListAllSnapshotsRet.class);
    public static final RemoteProcedure<DomainSnapshotListAllChildrenArgs, DomainSnapshotListAllChildrenRet>
            DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN = define(275, "DOMAIN_SNAPSHOT_LIST_ALL_CHILDREN",
                    DomainSnapshotListAllChildrenArgs.class, DomainSnapshotListAllChildrenRet.class);
    public static final RemoteProcedure<DomainCheckpointCreateXmlArgs, DomainCheckpointCreateXmlRet>
            DOMAIN_CHECKPOINT_CREATE_XML = define(411, "DOMAIN_CHECKPOINT_CREATE_XML",
                    DomainCheckpointCreateXmlArgs.class, DomainCheckpointCreateXmlRet.class);
    public static final RemoteProcedure<DomainCheckpointGetXmlDescArgs, DomainCheckpointGetXmlDescRet>
            DOMAIN_CHECKPOINT_GET_XML_DESC = define(412, "DOMAIN_CHECKPOINT_GET_XML_DESC",
                    DomainCheckpointGetXmlDescArgs.class, DomainCheckpointGetXmlDescRet.class);
    public static final RemoteProcedure<DomainListAllCheckpointsArgs, DomainListAllCheckpointsRet>
            DOMAIN_LIST_ALL_CHECKPOINTS = define(413, "DOMAIN_LIST_ALL_CHECKPOINTS",
                    DomainListAllCheckpointsArgs.class, DomainListAllCheckpointsRet.class);
    public static final RemoteProcedure<DomainCheckpointListAllChildrenArgs, DomainCheckpointListAllChildrenRet>
            DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN = define(414, "DOMAIN_CHECKPOINT_LIST_ALL_CHILDREN",
                    DomainCheckpointListAllChildrenArgs.class, DomainCheckpointListAllChildrenRet.class);
    public static final RemoteProcedure<DomainCheckpointLookupByNameArgs, DomainCheckpointLookupByNameRet>
            DOMAIN_CHECKPOINT_LOOKUP_BY_NAME = define(415, "DOMAIN_CHECKPOINT_LOOKUP_BY_NAME",
                    DomainCheckpointLookupByNameArgs.class, DomainCheckpointLookupByNameRet.class);
    public static final RemoteProcedure<DomainCheckpointGetParentArgs, DomainCheckpointGetParentRet>
            DOMAIN_CHECKPOINT_GET_PARENT = define(416, "DOMAIN_CHECKPOINT_GET_PARENT",
                    DomainCheckpointGetParentArgs.class, DomainCheckpointGetParentRet.class);
    public static final RemoteProcedure<DomainCheckpointDeleteArgs, XdrVoid> DOMAIN_CHECKPOINT_DELETE =
            define(417, "DOMAIN_CHECKPOINT_DELETE", DomainCheckpointDeleteArgs.class, VOID);
    public static final RemoteProcedure<DomainBackupBeginArgs, XdrVoid> DOMAIN_BACKUP_BEGIN =
            define(421, "DOMAIN_BACKUP_BEGIN", DomainBackupBeginArgs.class, VOID);
    public static final RemoteProcedure<DomainBackupGetXmlDescArgs, DomainBackupGetXmlDescRet> DOMAIN_BACKUP_GET_XML_DESC =
            define(422, "DOMAIN_BACKUP_GET_XML_DESC", DomainBackupGetXmlDescArgs.class, DomainBackupGetXmlDescRet.class);
}
